package io.flgen.live.preflight;

import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.azure.resourcemanager.resources.models.GenericResource;
import com.azure.resourcemanager.storage.fluent.models.BlobServicePropertiesInner;
import com.azure.resourcemanager.storage.fluent.models.StorageAccountInner;
import com.azure.resourcemanager.storage.models.DefaultAction;
import com.azure.resourcemanager.storage.models.PublicNetworkAccess;
import io.flgen.azure.ResourceProviders;
import io.flgen.diag.Locator;
import io.flgen.live.Arm;
import io.flgen.live.Checks;
import io.flgen.live.preflight.PreRules.Collected;
import io.flgen.plan.DnsZonePlan;
import io.flgen.plan.Exposure;
import io.flgen.plan.KeyVaultPlan;
import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.Scope;
import io.flgen.plan.StoragePlan;
import io.flgen.plan.StorageSettings;
import io.flgen.plan.VnetPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Result;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleCatalog;
import io.flgen.rules.RuleEngine;
import io.flgen.terms.Cidr;
import io.flgen.terms.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asks Azure Resource Manager what the plan depends on but cannot know: names, providers, the
 * resources a topology references, and the real settings of existing storage accounts. Every call
 * is read-only. Independent checks run in parallel; a check whose call fails is listed as
 * inconclusive with the reason, never thrown.
 */
public final class Preflight {
  /** Resource providers every subscription flgen deploys into uses. */
  static final List<String> PROVIDERS = ResourceProviders.EVERY_DEPLOYMENT;

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

  /** api-versions of the operations called through {@link Arm#call} (no SDK manager in use). */
  static final String SKU_API = "2021-07-01";

  static final String ML_USAGES_API = "2024-04-01";
  static final String REGISTRY_API = "2023-07-01";
  static final String COMPUTE_USAGES_API = "2024-07-01";

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

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Plan plan;
  private final Arm arm;
  private final String homeTenant;
  private final Collected nameTaken = new Collected(PreRules.Id.NAME_TAKEN);
  private final Collected providers = new Collected(PreRules.Id.PROVIDER_NOT_REGISTERED);
  private final Collected missing = new Collected(PreRules.Id.REFERENCED_MISSING);
  private final Collected arc = new Collected(PreRules.Id.ARC_NOT_CONNECTED);
  private final Collected permission = new Collected(PreRules.Id.DEPLOYER_LACKS_PERMISSION);
  private final Collected overlap = new Collected(PreRules.Id.VNET_OVERLAPS_EXISTING);
  private final Collected vmSize = new Collected(PreRules.Id.VM_SIZE_UNAVAILABLE);
  private final Collected quota = new Collected(PreRules.Id.VCPU_QUOTA_SHORT);
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
    p.registryNameCheck();
    p.existingStorageChecks();
    p.dnsZoneChecks();
    p.arcChecks();
    p.permissionChecks();
    p.vnetOverlapChecks();
    p.vmSizeChecks();
    p.checks.run(p.homeTenant);
    return p.outcome(where, stage, useWaivers);
  }

  private Outcome outcome(Locator where, Stage stage, boolean useWaivers) {
    List<Rule> pre =
        List.of(nameTaken, providers, missing, arc, permission, overlap, vmSize, quota);
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
    results.sort(Result.ORDER);
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
      if (!s.existing()) {
        storageNameCheck(s);
      }
    }
    Map<String, List<KeyVaultPlan>> bySubscription = new LinkedHashMap<>();
    for (KeyVaultPlan v : plan.keyVaults()) {
      vaultNameCheck(v);
      bySubscription
          .computeIfAbsent(
              tenant(v.scope()) + "/" + v.scope().subscriptionId(), k -> new ArrayList<>())
          .add(v);
    }
    for (List<KeyVaultPlan> vaults : bySubscription.values()) {
      softDeletedVaultCheck(vaults);
    }
  }

  /**
   * Asks whether a global name is free: {@code call} answers, {@code free} reads the answer, and a
   * taken name is an FLG-PRE-001 finding, "{@code what} name NAME is taken (REASON)".
   */
  private <T> void nameFree(
      String what,
      String name,
      String origin,
      Supplier<Mono<T>> call,
      Predicate<T> free,
      Function<T, Object> reason) {
    checks.add(
        what + " name free",
        name,
        call,
        r -> {
          if (!free.test(r)) {
            Object why = reason.apply(r);
            nameTaken.add(
                name,
                origin,
                what + " name " + name + " is taken (" + (why == null ? "unavailable" : why) + ")");
          }
        },
        null);
  }

  private void storageNameCheck(StoragePlan s) {
    nameFree(
        "storage account",
        s.name(),
        s.origin(),
        () ->
            arm.storage(tenant(s.scope()), s.scope().subscriptionId())
                .storageAccounts()
                .checkNameAvailabilityAsync(s.name()),
        r -> r.isAvailable(),
        r -> r.reason());
  }

  private void vaultNameCheck(KeyVaultPlan v) {
    nameFree(
        "key vault",
        v.name(),
        v.origin(),
        () ->
            arm.keyVault(tenant(v.scope()), v.scope().subscriptionId())
                .vaults()
                .checkNameAvailabilityAsync(v.name()),
        r -> Boolean.TRUE.equals(r.nameAvailable()),
        r -> r.reason());
  }

  /**
   * A soft-deleted vault of the vaults' subscription keeps its name; the list is paged (nextLink).
   */
  private void softDeletedVaultCheck(List<KeyVaultPlan> vaults) {
    Scope sc = vaults.get(0).scope();
    checks.add(
        "soft-deleted key vaults",
        "subscription " + sc.subscriptionId(),
        () ->
            arm.keyVault(tenant(sc), sc.subscriptionId()).vaults().listDeletedAsync().collectList(),
        deleted -> {
          for (KeyVaultPlan v : vaults) {
            for (var d : deleted) {
              if (v.name().equalsIgnoreCase(d.name())) {
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
                            : d.scheduledPurgeDate().toLocalDate().toString()));
                break;
              }
            }
          }
        },
        null);
  }

  /**
   * The registry's name through Registries - Check Name Availability (the storage and Key Vault
   * managers have their own; the registry manager is not a dependency for this one call).
   */
  private void registryNameCheck() {
    io.flgen.plan.RegistryPlan r = plan.registry();
    Scope sc = r.scope();
    ObjectNode body = JSON.createObjectNode();
    body.put("name", r.name()).put("type", "Microsoft.ContainerRegistry/registries");
    nameFree(
        "container registry",
        r.name(),
        r.origin(),
        () ->
            arm.call(
                tenant(sc),
                sc.subscriptionId(),
                "/subscriptions/"
                    + encode(sc.subscriptionId())
                    + "/providers/Microsoft.ContainerRegistry/checkNameAvailability?api-version="
                    + REGISTRY_API,
                body.toString()),
        a -> a.path("nameAvailable").asBoolean(true),
        a -> a.path("reason").asString("unavailable").replaceAll("[^A-Za-z0-9]", ""));
  }

  /**
   * A VM size as the Resource SKUs API describes it in one region.
   *
   * @param family the quota family ({@code standardDSv5Family})
   * @param vCpus the vCPUs of one node, 0 when the SKU does not say
   * @param restriction why the subscription may not use it in the region, or null
   */
  record VmSku(String family, int vCpus, String restriction) {}

  /**
   * Something the plan runs on VMs of one size: an Azure ML cluster (its nodes count against Azure
   * ML's quota) or the jumpbox (against the virtual machine quota).
   *
   * @param what how findings name it ({@code compute orch-cpu}, {@code jumpbox vm-x-jumpbox})
   * @param nodes the most nodes it runs at once
   */
  record Sized(String what, String vmSize, int nodes, String origin, boolean azureMl) {}

  /**
   * Every VM size the plan uses offered in its region and not restricted there for the subscription
   * (Resource SKUs), and each VM family's vCPU quota left against what the plan needs at its
   * maximum: Azure ML's own quota for the clusters (Azure ML usages), the virtual machine quota,
   * per family and regional total, for the jumpbox (Compute usages). The clusters are children of
   * the workspace, so they are read in its subscription; each list once per subscription and
   * region.
   */
  private void vmSizeChecks() {
    sizedByRegion()
        .forEach(
            (at, sized) -> {
              Mono<Map<String, VmSku>> skus = skus(at);
              checks.add(
                  "VM sizes offered",
                  at.region() + " in subscription " + at.subscriptionId(),
                  () -> skus,
                  found -> offered(at, sized, found),
                  null);
              quotaCheck(
                  "Azure ML vCPU quota",
                  at,
                  sized.stream().filter(Sized::azureMl).toList(),
                  skus,
                  "Microsoft.MachineLearningServices",
                  ML_USAGES_API,
                  (who, found, usages) ->
                      quotaFindings(
                          at,
                          who,
                          found,
                          "Azure ML quota",
                          family ->
                              usage(
                                  usages,
                                  u ->
                                      "Microsoft.MachineLearningServices/vmFamily/usages"
                                              .equalsIgnoreCase(u.path("type").asString(""))
                                          && family.equalsIgnoreCase(
                                              u.path("name").path("value").asString("")))));
              quotaCheck(
                  "virtual machine vCPU quota",
                  at,
                  sized.stream().filter(z -> !z.azureMl()).toList(),
                  skus,
                  "Microsoft.Compute",
                  COMPUTE_USAGES_API,
                  (who, found, usages) -> vmQuotaFindings(at, who, found, usages));
            });
  }

  /** What the plan sizes, by subscription and region, in a stable order. */
  private Map<At, List<Sized>> sizedByRegion() {
    Map<At, List<Sized>> byRegion =
        new java.util.TreeMap<>(
            Comparator.comparing((At a) -> a.scope().subscriptionId()).thenComparing(At::region));
    Scope ws = plan.workspace().scope();
    for (io.flgen.plan.ComputePlan c : plan.computes()) {
      byRegion
          .computeIfAbsent(region(ws, c.region()), k -> new ArrayList<>())
          .add(new Sized("compute " + c.name(), c.vmSize(), c.maxNodes(), c.origin(), true));
    }
    plan.wayIn()
        .ifPresent(
            w ->
                byRegion
                    .computeIfAbsent(
                        region(w.hub().scope(), w.hub().region()), k -> new ArrayList<>())
                    .add(
                        new Sized(
                            "jumpbox " + w.jumpbox(),
                            w.jumpboxVmSize(),
                            1,
                            "network.wayIn",
                            false)));
    return byRegion;
  }

  /** The region's virtual machine SKUs by lower-case name, read once (cached) for every check. */
  private Mono<Map<String, VmSku>> skus(At at) {
    return Mono.defer(
            () ->
                arm.list(
                        tenant(at.scope()),
                        at.subscriptionId(),
                        "/subscriptions/"
                            + encode(at.subscriptionId())
                            + "/providers/Microsoft.Compute/skus?api-version="
                            + SKU_API
                            + "&$filter="
                            + encode("location eq '" + at.region() + "'"))
                    .filter(
                        k ->
                            "virtualMachines".equalsIgnoreCase(k.path("resourceType").asString("")))
                    .collectMap(
                        k -> k.path("name").asString("").toLowerCase(java.util.Locale.ROOT),
                        k -> sku(k, at.region())))
        .cache();
  }

  /** A VM against both tiers of the virtual machine quota: its family, then the region's total. */
  private void vmQuotaFindings(
      At at, List<Sized> who, Map<String, VmSku> found, List<JsonNode> usages) {
    Function<String, JsonNode> byName =
        name ->
            usage(usages, u -> name.equalsIgnoreCase(u.path("name").path("value").asString("")));
    quotaFindings(at, who, found, "virtual machine quota", byName);
    Map<String, VmSku> asTotal = new LinkedHashMap<>();
    found.forEach((size, k) -> asTotal.put(size, new VmSku("cores", k.vCpus(), k.restriction())));
    quotaFindings(at, who, asTotal, "virtual machine quota", byName);
  }

  /** What a quota check does with its answers: the sized things, the SKUs, the usages. */
  interface QuotaJudge {
    void judge(List<Sized> who, Map<String, VmSku> skus, List<JsonNode> usages);
  }

  /**
   * A check of one provider's usages in a region (Azure ML's, or Compute's), against what the sized
   * things need; none when nothing of that kind is sized there.
   */
  private void quotaCheck(
      String name,
      At at,
      List<Sized> who,
      Mono<Map<String, VmSku>> skus,
      String provider,
      String api,
      QuotaJudge judge) {
    if (who.isEmpty()) {
      return;
    }
    checks.add(
        name,
        at.region() + " in subscription " + at.subscriptionId(),
        () ->
            Mono.zip(
                skus,
                usages(
                    at,
                    "/providers/"
                        + provider
                        + "/locations/"
                        + encode(at.region())
                        + "/usages?api-version="
                        + api)),
        t -> judge.judge(who, t.getT1(), t.getT2()),
        null);
  }

  /** A region of a subscription: where VM sizes and quotas are read. */
  record At(Scope scope, String region) {
    String subscriptionId() {
      return scope.subscriptionId();
    }
  }

  private static At region(Scope in, String region) {
    return new At(in, region.toLowerCase(java.util.Locale.ROOT));
  }

  private Mono<List<JsonNode>> usages(At at, String path) {
    return arm.list(
            tenant(at.scope()),
            at.subscriptionId(),
            "/subscriptions/" + encode(at.subscriptionId()) + path)
        .collectList();
  }

  private static JsonNode usage(List<JsonNode> usages, java.util.function.Predicate<JsonNode> p) {
    return usages.stream().filter(p).findFirst().orElse(null);
  }

  /** FLG-PRE-007 for each size the region does not offer, or offers with a Location restriction. */
  private void offered(At at, List<Sized> sized, Map<String, VmSku> found) {
    for (Sized z : sized) {
      VmSku k = found.get(z.vmSize().toLowerCase(java.util.Locale.ROOT));
      if (k == null) {
        vmSize.add(
            z.vmSize(),
            z.origin(),
            z.vmSize()
                + " of "
                + z.what()
                + " is not offered in "
                + at.region()
                + " (Resource SKUs of subscription "
                + at.subscriptionId()
                + ")");
      } else if (k.restriction() != null) {
        vmSize.add(
            z.vmSize(),
            z.origin(),
            z.vmSize()
                + " of "
                + z.what()
                + " is restricted in "
                + at.region()
                + " for subscription "
                + at.subscriptionId()
                + " ("
                + k.restriction()
                + ")");
      }
    }
  }

  /** The SKU's family, vCPUs and, when a Location restriction covers the region, why. */
  static VmSku sku(JsonNode k, String region) {
    int vCpus = 0;
    for (JsonNode cap : k.path("capabilities")) {
      if ("vCPUs".equalsIgnoreCase(cap.path("name").asString(""))) {
        try {
          vCpus = Integer.parseInt(cap.path("value").asString("0"));
        } catch (NumberFormatException e) {
          vCpus = 0;
        }
      }
    }
    String restriction = null;
    for (JsonNode r : k.path("restrictions")) {
      // a Zone restriction leaves the region's other zones; flgen pins nothing to a zone
      if (!"Location".equalsIgnoreCase(r.path("type").asString(""))) {
        continue;
      }
      boolean here = false;
      for (JsonNode v : r.path("values")) {
        here |= region.equalsIgnoreCase(v.asString(""));
      }
      for (JsonNode v : r.path("restrictionInfo").path("locations")) {
        here |= region.equalsIgnoreCase(v.asString(""));
      }
      if (here) {
        restriction = r.path("reasonCode").asString("Location").replaceAll("[^A-Za-z0-9]", "");
      }
    }
    return new VmSku(k.path("family").asString(""), vCpus, restriction);
  }

  /**
   * One FLG-PRE-008 per quota (a VM family, or the regional total) whose vCPUs left are fewer than
   * what the sized things using it need at their maximum, at the first of them. A quota the answer
   * does not list counts as limit 0. Sizes that are unknown or restricted are FLG-PRE-007 already.
   */
  private void quotaFindings(
      At at,
      List<Sized> sized,
      Map<String, VmSku> skus,
      String quotaName,
      Function<String, JsonNode> usageOf) {
    Map<String, List<Sized>> byFamily = new LinkedHashMap<>();
    for (Sized z : sized) {
      VmSku k = skus.get(z.vmSize().toLowerCase(java.util.Locale.ROOT));
      if (k != null && k.restriction() == null && !k.family().isEmpty() && k.vCpus() > 0) {
        byFamily.computeIfAbsent(k.family(), f -> new ArrayList<>()).add(z);
      }
    }
    byFamily.forEach(
        (family, users) -> {
          long need = 0;
          List<String> parts = new ArrayList<>();
          for (Sized z : users) {
            int cpus = skus.get(z.vmSize().toLowerCase(java.util.Locale.ROOT)).vCpus();
            need += (long) z.nodes() * cpus;
            parts.add(z.what() + " " + z.nodes() + " x " + cpus);
          }
          JsonNode usage = usageOf.apply(family);
          long limit = usage == null ? 0 : usage.path("limit").asLong(0);
          long used = usage == null ? 0 : usage.path("currentValue").asLong(0);
          long left = Math.max(0, limit - used);
          if (need > left) {
            quota.add(
                family,
                users.get(0).origin(),
                ("cores".equals(family) ? "Total Regional vCPUs" : family + " vCPUs")
                    + " in "
                    + at.region()
                    + ": up to "
                    + need
                    + " needed ("
                    + String.join(", ", parts)
                    + ") but "
                    + (usage == null
                        ? "no " + quotaName + " is listed for them"
                        : "the " + quotaName + " has " + left + " of " + limit + " left")
                    + " in subscription "
                    + at.subscriptionId());
          }
        });
  }

  /** A path segment or query value, percent-encoded (a space as %20). */
  static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
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
          vnets -> vnets.forEach(v -> overlaps(sub, v)),
          null);
    }
  }

  /** FLG-PRE-006 for each plan VNet whose address space overlaps the live VNet {@code v}. */
  private void overlaps(Scope sub, GenericResourceInner v) {
    String rg = segment(v.id(), "resourceGroups");
    for (VnetPlan p : plan.vnets()) {
      if (p.name().equalsIgnoreCase(v.name()) && p.scope().resourceGroup().equalsIgnoreCase(rg)) {
        return; // the plan's own VNet, deployed before
      }
    }
    for (String prefix : addressPrefixes(v.properties())) {
      Optional<Cidr> live = Cidr.parse(prefix).cidr();
      for (VnetPlan p : plan.vnets()) {
        Optional<Cidr> mine = Cidr.parse(p.addressSpace()).cidr();
        if (live.isPresent() && mine.isPresent() && live.get().overlaps(mine.get())) {
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
                  + sub.subscriptionId());
        }
      }
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
