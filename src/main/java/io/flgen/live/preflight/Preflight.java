package io.flgen.live.preflight;

import com.azure.resourcemanager.resources.models.GenericResource;
import com.azure.resourcemanager.storage.fluent.models.BlobServicePropertiesInner;
import com.azure.resourcemanager.storage.fluent.models.StorageAccountInner;
import com.azure.resourcemanager.storage.models.DefaultAction;
import com.azure.resourcemanager.storage.models.PublicNetworkAccess;
import io.flgen.diag.Locator;
import io.flgen.live.Arm;
import io.flgen.live.Checks;
import io.flgen.plan.DnsZonePlan;
import io.flgen.plan.Exposure;
import io.flgen.plan.KeyVaultPlan;
import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.Scope;
import io.flgen.plan.StoragePlan;
import io.flgen.plan.StorageSettings;
import io.flgen.rules.Category;
import io.flgen.rules.Result;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleCatalog;
import io.flgen.rules.RuleEngine;
import io.flgen.terms.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Asks Azure Resource Manager what the plan depends on but cannot know: names, providers, the
 * resources a topology references, and the real settings of existing storage accounts. Every call
 * is read-only. Independent checks run in parallel; a check whose call fails is listed as
 * inconclusive with the reason, never thrown.
 */
public final class Preflight {
  /** Resource providers every subscription flgen deploys into uses. */
  static final List<String> PROVIDERS =
      List.of(
          "Microsoft.MachineLearningServices",
          "Microsoft.Storage",
          "Microsoft.Network",
          "Microsoft.KeyVault",
          "Microsoft.ContainerRegistry",
          "Microsoft.ManagedIdentity");

  static final List<String> AKS_PROVIDERS =
      List.of("Microsoft.ContainerService", "Microsoft.KubernetesConfiguration");
  static final List<String> ARC_PROVIDERS =
      List.of(
          "Microsoft.Kubernetes",
          "Microsoft.KubernetesConfiguration",
          "Microsoft.ExtendedLocation");

  /** api-versions of the resources read through the generic resource API. */
  static final String ARC_API = "2024-01-01";

  static final String PRIVATE_DNS_API = "2020-06-01";
  static final String VNET_API = "2024-05-01";

  /**
   * What preflight found.
   *
   * @param report FLG-PRE findings and the FLG-STO findings the live settings of existing accounts
   *     raise
   * @param rules the FLG-PRE rules and the catalogue, for SARIF's rule metadata
   * @param checks how many checks ran, by check name
   */
  public record Outcome(
      RuleEngine.Report report,
      List<Rule> rules,
      List<Checks.Inconclusive> inconclusive,
      Map<String, Integer> checks) {}

  private final Plan plan;
  private final Arm arm;
  private final String homeTenant;
  private final PreRules.NameTaken nameTaken = new PreRules.NameTaken();
  private final PreRules.ProviderNotRegistered providers = new PreRules.ProviderNotRegistered();
  private final PreRules.ReferencedMissing missing = new PreRules.ReferencedMissing();
  private final PreRules.ArcNotConnected arc = new PreRules.ArcNotConnected();
  private final PreRules.DeployerLacksPermission permission =
      new PreRules.DeployerLacksPermission();
  private final PreRules.VnetOverlapsExisting overlap = new PreRules.VnetOverlapsExisting();
  private final Map<String, StoragePlan> live = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Checks checks;

  private Preflight(Plan plan, Arm arm) {
    this.plan = plan;
    this.arm = arm;
    this.checks = new Checks(arm);
    this.homeTenant = plan.context().homeTenantId().orElse(null);
  }

  public static Outcome run(Plan plan, Locator where, Stage stage, boolean useWaivers, Arm arm) {
    Preflight p = new Preflight(plan, arm);
    p.providerChecks();
    p.nameChecks();
    p.existingStorageChecks();
    p.dnsZoneChecks();
    p.arcChecks();
    p.permissionChecks();
    p.vnetOverlapChecks();
    p.checks.run();
    return p.outcome(where, stage, useWaivers);
  }

  private Outcome outcome(Locator where, Stage stage, boolean useWaivers) {
    List<Rule> pre = List.of(nameTaken, providers, missing, arc, permission, overlap);
    List<Result> results =
        new ArrayList<>(RuleEngine.run(pre, plan, stage, where, useWaivers).results());
    if (!live.isEmpty()) {
      // the live settings of existing accounts go through the ordinary catalogue; only what they
      // add is new
      Set<String> before = new LinkedHashSet<>();
      RuleEngine.run(RuleCatalog.ALL, plan, stage, where, useWaivers)
          .results()
          .forEach(r -> before.add(key(r)));
      List<StoragePlan> storages =
          plan.storages().stream().map(s -> live.getOrDefault(s.origin(), s)).toList();
      Set<String> names = new LinkedHashSet<>();
      live.values().forEach(s -> names.add(s.name()));
      for (Result r :
          RuleEngine.run(RuleCatalog.ALL, plan.withStorages(storages), stage, where, useWaivers)
              .results()) {
        if (r.rule().category() == Category.STO
            && names.contains(r.finding().target())
            && !before.contains(key(r))) {
          results.add(r);
        }
      }
    }
    results.sort(
        Comparator.comparing((Result r) -> r.severity())
            .reversed()
            .thenComparing(r -> r.finding().ruleId())
            .thenComparing(r -> r.location(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.finding().target())
            .thenComparing(r -> r.finding().message()));
    List<Rule> rules = new ArrayList<>(pre);
    rules.addAll(RuleCatalog.ALL);
    return new Outcome(
        new RuleEngine.Report(stage, List.copyOf(results)),
        List.copyOf(rules),
        checks.inconclusive(),
        checks.counts());
  }

  private static String key(Result r) {
    return r.finding().ruleId() + "|" + r.finding().target() + "|" + r.finding().message();
  }

  private String tenant(Scope s) {
    return s.isHome() ? homeTenant : s.tenant();
  }

  /**
   * The subscriptions flgen deploys into, each with the topology path of the party that brings it.
   */
  private Map<Scope, String> subscriptions() {
    Map<Scope, String> subs = new LinkedHashMap<>();
    subs.put(new Scope(plan.home().tenant(), plan.home().subscriptionId(), ""), "orchestrator");
    for (StoragePlan s : plan.storages()) {
      if (!s.existing()) {
        subs.putIfAbsent(
            new Scope(s.scope().tenant(), s.scope().subscriptionId(), ""), party(s.origin()));
      }
    }
    for (KubernetesPlan k : plan.kubernetes()) {
      subs.putIfAbsent(
          new Scope(k.clusterScope().tenant(), k.clusterScope().subscriptionId(), ""),
          party(k.origin()));
    }
    return subs;
  }

  /**
   * The topology path of the party an origin belongs to: {@code silos[1].storage} gives {@code
   * silos[1]}.
   */
  static String party(String origin) {
    int dot = origin.indexOf('.');
    return dot < 0 ? origin : origin.substring(0, dot);
  }

  private void providerChecks() {
    for (Entry<Scope, String> e : subscriptions().entrySet()) {
      Scope sub = e.getKey();
      List<String> namespaces = new ArrayList<>(PROVIDERS);
      for (KubernetesPlan k : plan.kubernetes()) {
        if (k.clusterScope().subscriptionId().equals(sub.subscriptionId())) {
          (k.kind() == KubernetesPlan.Kind.ARC ? ARC_PROVIDERS : AKS_PROVIDERS)
              .stream().filter(n -> !namespaces.contains(n)).forEach(namespaces::add);
        }
      }
      if (!plan.aksClusters().isEmpty() && sub.isHome()) {
        AKS_PROVIDERS.stream().filter(n -> !namespaces.contains(n)).forEach(namespaces::add);
      }
      for (String ns : namespaces) {
        String target = ns + " in subscription " + sub.subscriptionId();
        checks.add(
            "resource provider registered",
            target,
            () -> arm.resources(tenant(sub), sub.subscriptionId()).providers().getByNameAsync(ns),
            p -> {
              if (!"Registered".equalsIgnoreCase(p.registrationState())) {
                providers.add(
                    ns,
                    e.getValue(),
                    ns
                        + " is "
                        + p.registrationState()
                        + " in subscription "
                        + sub.subscriptionId()
                        + ", not Registered");
              }
            },
            null);
      }
    }
  }

  private void nameChecks() {
    for (StoragePlan s : plan.storages()) {
      if (s.existing()) {
        continue;
      }
      checks.add(
          "storage account name free",
          s.name(),
          () ->
              arm.storage(tenant(s.scope()), s.scope().subscriptionId())
                  .storageAccounts()
                  .checkNameAvailabilityAsync(s.name()),
          r -> {
            if (!r.isAvailable()) {
              nameTaken.add(
                  s.name(),
                  s.origin(),
                  "storage account name "
                      + s.name()
                      + " is taken ("
                      + (r.reason() == null ? "unavailable" : r.reason().toString())
                      + ")");
            }
          },
          null);
    }
    Map<String, List<KeyVaultPlan>> bySubscription = new LinkedHashMap<>();
    for (KeyVaultPlan v : plan.keyVaults()) {
      checks.add(
          "key vault name free",
          v.name(),
          () ->
              arm.keyVault(tenant(v.scope()), v.scope().subscriptionId())
                  .vaults()
                  .checkNameAvailabilityAsync(v.name()),
          r -> {
            if (!Boolean.TRUE.equals(r.nameAvailable())) {
              nameTaken.add(
                  v.name(),
                  v.origin(),
                  "key vault name "
                      + v.name()
                      + " is taken ("
                      + (r.reason() == null ? "unavailable" : r.reason().toString())
                      + ")");
            }
          },
          null);
      bySubscription
          .computeIfAbsent(
              tenant(v.scope()) + "/" + v.scope().subscriptionId(), k -> new ArrayList<>())
          .add(v);
    }
    for (List<KeyVaultPlan> vaults : bySubscription.values()) {
      Scope sc = vaults.get(0).scope();
      // a soft-deleted vault of this subscription keeps its name; the list is paged (nextLink)
      checks.add(
          "soft-deleted key vaults",
          "subscription " + sc.subscriptionId(),
          () ->
              arm.keyVault(tenant(sc), sc.subscriptionId())
                  .vaults()
                  .listDeletedAsync()
                  .collectList(),
          deleted -> {
            for (KeyVaultPlan v : vaults) {
              deleted.stream()
                  .filter(d -> v.name().equalsIgnoreCase(d.name()))
                  .findFirst()
                  .ifPresent(
                      d ->
                          nameTaken.add(
                              v.name(),
                              v.origin(),
                              "key vault name "
                                  + v.name()
                                  + " is held by a soft-deleted vault in "
                                  + d.location()
                                  + " until "
                                  + (d.scheduledPurgeDate() == null
                                      ? "it is purged"
                                      : d.scheduledPurgeDate().toLocalDate().toString())));
            }
          },
          null);
    }
  }

  private void existingStorageChecks() {
    for (StoragePlan s : plan.storages()) {
      if (!s.existing()) {
        continue;
      }
      Scope sc = s.scope();
      checks.add(
          "existing storage account settings",
          s.name(),
          () -> {
            var client = arm.storage(tenant(sc), sc.subscriptionId()).serviceClient();
            return Mono.zip(
                client.getStorageAccounts().getByResourceGroupAsync(sc.resourceGroup(), s.name()),
                client.getBlobServices().getServicePropertiesAsync(sc.resourceGroup(), s.name()));
          },
          t -> live.put(s.origin(), livePlan(s, t.getT1(), t.getT2())),
          () ->
              missing.add(
                  s.name(),
                  s.origin(),
                  "existing storage account "
                      + s.name()
                      + " was not found in resource group "
                      + sc.resourceGroup()
                      + " of subscription "
                      + sc.subscriptionId()));
    }
  }

  /**
   * The account as the rules see it, with the settings Azure reported instead of the assumed ones.
   */
  static StoragePlan livePlan(
      StoragePlan s, StorageAccountInner a, BlobServicePropertiesInner blob) {
    // unset properties take the defaults the Storage REST API documents for them
    boolean publicAccess =
        a.publicNetworkAccess() == null || a.publicNetworkAccess() != PublicNetworkAccess.DISABLED;
    boolean deny =
        a.networkRuleSet() != null && a.networkRuleSet().defaultAction() == DefaultAction.DENY;
    StorageSettings settings =
        new StorageSettings(
            a.minimumTlsVersion() == null ? "TLS1_0" : a.minimumTlsVersion().toString(),
            a.allowSharedKeyAccess() == null || a.allowSharedKeyAccess(),
            Boolean.TRUE.equals(a.allowBlobPublicAccess()),
            Boolean.TRUE.equals(a.allowCrossTenantReplication()),
            a.enableHttpsTrafficOnly() == null || a.enableHttpsTrafficOnly(),
            Boolean.TRUE.equals(a.defaultToOAuthAuthentication()),
            s.settings().containerPublicAccess());
    int softDelete =
        blob.deleteRetentionPolicy() != null
                && Boolean.TRUE.equals(blob.deleteRetentionPolicy().enabled())
                && blob.deleteRetentionPolicy().days() != null
            ? blob.deleteRetentionPolicy().days()
            : 0;
    return new StoragePlan(
        s.name(),
        s.owner(),
        s.role(),
        s.scope(),
        s.region(),
        false,
        a.sku() == null ? s.sku() : a.sku().name().toString(),
        s.geoReplicated(),
        new Exposure(publicAccess, deny, s.exposure().privateEndpoint()),
        settings,
        softDelete,
        s.containers(),
        s.origin());
  }

  private void dnsZoneChecks() {
    for (DnsZonePlan z : plan.dnsZones()) {
      if (z.existingId().isEmpty()) {
        continue;
      }
      String sub = segment(z.existingId(), "subscriptions");
      checks.add(
          "existing private DNS zone",
          z.zone(),
          () ->
              arm.resources(homeTenant, sub)
                  .genericResources()
                  .getByIdAsync(relative(z.existingId()), PRIVATE_DNS_API),
          r -> {},
          () ->
              missing.add(
                  z.zone(),
                  "network.existingDnsZones",
                  "existing private DNS zone " + z.existingId() + " was not found"));
    }
  }

  private void arcChecks() {
    for (KubernetesPlan k : plan.kubernetes()) {
      if (k.kind() != KubernetesPlan.Kind.ARC) {
        continue;
      }
      Scope sc = k.clusterScope();
      String id =
          "/subscriptions/"
              + sc.subscriptionId()
              + "/resourceGroups/"
              + sc.resourceGroup()
              + "/providers/Microsoft.Kubernetes/connectedClusters/"
              + k.clusterName();
      checks.add(
          "Arc cluster connected",
          k.clusterName(),
          () ->
              arm.resources(tenant(sc), sc.subscriptionId())
                  .genericResources()
                  .getByIdAsync(relative(id), ARC_API),
          (GenericResource r) -> {
            Object status =
                r.properties() instanceof Map<?, ?> m ? m.get("connectivityStatus") : null;
            if (!"Connected".equals(status)) {
              arc.add(
                  k.clusterName(),
                  k.origin(),
                  "Arc cluster "
                      + k.clusterName()
                      + " is "
                      + (status == null ? "of unknown connectivity" : status)
                      + ", not Connected");
            }
          },
          () ->
              missing.add(
                  k.clusterName(),
                  k.origin(),
                  "Arc cluster "
                      + k.clusterName()
                      + " was not found in resource group "
                      + sc.resourceGroup()
                      + " of subscription "
                      + sc.subscriptionId()));
    }
  }

  static final String ROLE_ASSIGNMENT_WRITE = "Microsoft.Authorization/roleAssignments/write";
  static final String STORAGE_ENDPOINT_APPROVAL =
      "Microsoft.Storage/storageAccounts/privateEndpointConnectionsApproval/action";

  /**
   * The deployer's permissions in every resource group where the plan writes role assignments, and
   * where it approves private endpoints to existing accounts itself. A group that does not exist
   * yet (404) is created by the deployment, whose creator's rights there are those on the
   * subscription: not checked.
   */
  private void permissionChecks() {
    Map<Scope, Map<String, String>> needs = new LinkedHashMap<>(); // group -> action -> origin
    List<io.flgen.plan.RoleGrant> grants = new ArrayList<>(plan.grants());
    grants.addAll(plan.serviceGrants());
    for (io.flgen.plan.RoleGrant g : grants) {
      needs
          .computeIfAbsent(g.scope(), k -> new LinkedHashMap<>())
          .putIfAbsent(ROLE_ASSIGNMENT_WRITE, g.principalOwner().path());
    }
    for (io.flgen.plan.PrivateEndpointPlan e : plan.privateEndpoints()) {
      if (e.manualApproval() || !"storage".equals(e.targetKind())) {
        continue;
      }
      plan.storages().stream()
          .filter(st -> st.existing() && st.name().equals(e.target()))
          .findFirst()
          .ifPresent(
              st ->
                  needs
                      .computeIfAbsent(st.scope(), k -> new LinkedHashMap<>())
                      .putIfAbsent(STORAGE_ENDPOINT_APPROVAL, st.origin()));
    }
    needs.forEach(
        (sc, actions) ->
            checks.add(
                "deployer permissions",
                "resource group " + sc.resourceGroup(),
                () ->
                    arm.authorization(tenant(sc), sc.subscriptionId())
                        .roleServiceClient()
                        .getPermissions()
                        .listByResourceGroupAsync(sc.resourceGroup())
                        .collectList(),
                perms ->
                    actions.forEach(
                        (action, origin) -> {
                          if (!allowed(perms, action)) {
                            permission.add(
                                "resource group " + sc.resourceGroup(),
                                origin,
                                "the signed-in identity may not "
                                    + action
                                    + " in resource group "
                                    + sc.resourceGroup()
                                    + " of subscription "
                                    + sc.subscriptionId());
                          }
                        }),
                () -> {}));
  }

  /**
   * True when one of the permissions grants the action and does not exclude it (ARM's wildcard
   * rules).
   */
  static boolean allowed(
      List<com.azure.resourcemanager.authorization.fluent.models.PermissionInner> perms,
      String action) {
    for (var p : perms) {
      boolean granted =
          p.actions() != null && p.actions().stream().anyMatch(a -> matches(a, action));
      boolean excluded =
          p.notActions() != null && p.notActions().stream().anyMatch(a -> matches(a, action));
      if (granted && !excluded) {
        return true;
      }
    }
    return false;
  }

  public static boolean matches(String pattern, String action) {
    StringBuilder re = new StringBuilder("(?i)");
    for (String part : pattern.split("\\*", -1)) {
      if (re.length() > 4) {
        re.append(".*");
      }
      re.append(java.util.regex.Pattern.quote(part));
    }
    return action.matches(re.toString());
  }

  /**
   * The address spaces of the VNets that exist in every subscription of the deployment, against the
   * planned ones. flgen's own VNets (same name and group, on a re-run) are not compared with
   * themselves.
   */
  private void vnetOverlapChecks() {
    if (plan.vnets().isEmpty()) {
      return;
    }
    for (Scope sub : subscriptions().keySet()) {
      checks.add(
          "existing VNet address spaces",
          "subscription " + sub.subscriptionId(),
          () -> {
            var client =
                arm.resources(tenant(sub), sub.subscriptionId())
                    .genericResources()
                    .manager()
                    .serviceClient()
                    .getResources();
            return client
                .listAsync("resourceType eq 'Microsoft.Network/virtualNetworks'", null, null)
                .flatMap(r -> client.getByIdAsync(relative(r.id()), VNET_API), 4)
                .collectList();
          },
          vnets ->
              vnets.forEach(
                  v -> {
                    String rg = segment(v.id(), "resourceGroups");
                    boolean ours =
                        plan.vnets().stream()
                            .anyMatch(
                                p ->
                                    p.name().equalsIgnoreCase(v.name())
                                        && p.scope().resourceGroup().equalsIgnoreCase(rg));
                    if (ours) {
                      return;
                    }
                    for (String prefix : addressPrefixes(v.properties())) {
                      io.flgen.terms.Cidr.parse(prefix)
                          .cidr()
                          .ifPresent(
                              live ->
                                  plan.vnets()
                                      .forEach(
                                          p ->
                                              io.flgen.terms.Cidr.parse(p.addressSpace())
                                                  .cidr()
                                                  .filter(live::overlaps)
                                                  .ifPresent(
                                                      c ->
                                                          overlap.add(
                                                              p.name(),
                                                              p.origin(),
                                                              p.name()
                                                                  + " ("
                                                                  + p.addressSpace()
                                                                  + ") overlaps existing VNet "
                                                                  + v.name()
                                                                  + " ("
                                                                  + prefix
                                                                  + ") in resource group "
                                                                  + rg
                                                                  + " of subscription "
                                                                  + sub.subscriptionId()))));
                    }
                  }),
          null);
    }
  }

  /** properties.addressSpace.addressPrefixes of a VNet read through the generic API. */
  static List<String> addressPrefixes(Object properties) {
    if (properties instanceof Map<?, ?> m
        && m.get("addressSpace") instanceof Map<?, ?> a
        && a.get("addressPrefixes") instanceof List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return List.of();
  }

  /** A resource id without its leading slash: the SDK joins it to the endpoint with one. */
  static String relative(String id) {
    return id.startsWith("/") ? id.substring(1) : id;
  }

  /**
   * The value after a segment of a resource id: segment(id, "subscriptions") is the subscription
   * id.
   */
  static String segment(String id, String name) {
    String[] parts = id.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equalsIgnoreCase(name)) {
        return parts[i + 1];
      }
    }
    return "";
  }
}
