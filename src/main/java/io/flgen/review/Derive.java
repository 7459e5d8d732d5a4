package io.flgen.review;

import io.flgen.azure.BuiltInRoles;
import io.flgen.plan.AksPlan;
import io.flgen.plan.ComputePlan;
import io.flgen.plan.DnsZonePlan;
import io.flgen.plan.Exposure;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.KeyVaultPlan;
import io.flgen.plan.NsgRulePlan;
import io.flgen.plan.OutputPlan;
import io.flgen.plan.Party;
import io.flgen.plan.PeeringPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.PlanContext;
import io.flgen.plan.PrivateEndpointPlan;
import io.flgen.plan.RegistryPlan;
import io.flgen.plan.ResourceRef;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.Scope;
import io.flgen.plan.StoragePlan;
import io.flgen.plan.StorageRole;
import io.flgen.plan.StorageSettings;
import io.flgen.plan.SubnetPlan;
import io.flgen.plan.VnetPlan;
import io.flgen.plan.WorkspacePlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds a {@link Plan} from the evaluated resource instances of a folder. Security-relevant facts
 * (storage settings and exposure, role assignments, identities, computes, vaults, registry,
 * workspace, networks, endpoints, zones, AKS) come from the Bicep. What Bicep cannot say (which
 * party owns a resource, the stage, data sensitivity, the pipeline intent) comes from the plan
 * re-built from the topology recorded in the manifest, when there is one.
 *
 * <p>Every plan object is given its declaration {@link Site} the moment it is read ({@link #at}),
 * so a finding is placed from the object it is about: a grant's finding at its role assignment, any
 * other at the declaration its target names.
 */
final class Derive {
  private final List<Instance> all;
  private final Optional<Plan> intent;
  private final Map<String, String> owners;
  final List<String> unresolved;

  /** The declaration of each derived plan object, by object identity. */
  private final Map<Object, Site> sites = new IdentityHashMap<>();

  /** The object each name denotes (the first one read under that name). */
  private final Map<String, Object> named = new LinkedHashMap<>();

  /** Where a name this derive does not know is looked up next (the whole folder's, per entry). */
  Optional<Derive> fallback = Optional.empty();

  private Derive(
      List<Instance> all,
      Optional<Plan> intent,
      Map<String, String> owners,
      List<String> unresolved) {
    this.all = all;
    this.intent = intent;
    this.owners = owners;
    this.unresolved = unresolved;
  }

  static Derive of(
      List<Instance> instances,
      Optional<Plan> intent,
      Map<String, String> owners,
      List<String> unresolved) {
    return new Derive(instances, intent, owners, unresolved);
  }

  /** The folder's files, for the Azure ML YAML; set by the review before {@link #plan()}. */
  Map<String, String> files = Map.of();

  private Map<String, String> origins;

  /** Outputs of the entry files with their declarations, set by the review. */
  Map<OutputPlan, Site> outputs = Map.of();

  /**
   * The topology path a resource traces back to, when the recorded topology planned it (so waivers
   * written against topology paths apply in a review too); otherwise the resource name.
   */
  private String origin(String name) {
    if (origins == null) {
      origins = new HashMap<>();
      intent.ifPresent(
          p -> {
            p.storages().forEach(x -> origins.putIfAbsent(x.name(), x.origin()));
            p.identities().forEach(x -> origins.putIfAbsent(x.name(), x.origin()));
            p.keyVaults().forEach(x -> origins.putIfAbsent(x.name(), x.origin()));
            origins.putIfAbsent(p.registry().name(), p.registry().origin());
            origins.putIfAbsent(p.workspace().name(), p.workspace().origin());
            p.computes().forEach(x -> origins.putIfAbsent(x.name(), x.origin()));
            p.vnets().forEach(x -> origins.putIfAbsent(x.name(), x.origin()));
            p.aksClusters().forEach(x -> origins.putIfAbsent(x.name(), x.origin()));
          });
    }
    return origins.getOrDefault(name, name);
  }

  private List<Instance> of(String type) {
    return all.stream().filter(i -> i.type().equalsIgnoreCase(type) && i.name() != null).toList();
  }

  private static String leaf(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * Records where {@code object}, read under {@code name}, is declared, and returns it: the site
   * travels with the object from here on.
   */
  private <T> T at(T object, String name, Site site) {
    sites.put(object, site);
    named.putIfAbsent(name, object);
    return object;
  }

  private <T> T at(T object, String name, Instance i) {
    return at(object, name, declared(i));
  }

  /**
   * Where a resource is declared: an {@code existing} reference is placed at the declaration that
   * deploys the resource, when the folder deploys it (a module that takes an endpoint's name and
   * references it is not where the endpoint changes).
   */
  private Site declared(Instance i) {
    if (!i.existing()) {
      return Site.of(i);
    }
    return all.stream()
        .filter(
            x -> !x.existing() && x.type().equalsIgnoreCase(i.type()) && i.name().equals(x.name()))
        .findFirst()
        .map(Site::of)
        .orElse(Site.of(i));
  }

  /** Records where {@code object}, which no finding names (a grant), is declared. */
  private <T> T at(T object, Site site) {
    sites.put(object, site);
    return object;
  }

  /** The declaration of a derived plan object, when this derive read it. */
  Optional<Site> siteOf(Object object) {
    return Optional.ofNullable(sites.get(object));
  }

  /** The declaration of the object a name denotes, here or in the fallback. */
  Optional<Site> siteOf(String name) {
    Object o = named.get(name);
    return o != null
        ? siteOf(o)
        : fallback.flatMap(f -> f.named.containsKey(name) ? f.siteOf(name) : Optional.empty());
  }

  /**
   * The owner of an identity, by resource id: the intent plan's owner of that identity, else the
   * owner of its name (one name in two resource groups is two identities, owned by two parties).
   */
  private Party identityParty(ResourceRef ref) {
    return intent
        .flatMap(
            p ->
                p.identities().stream()
                    .filter(x -> x.id().equals(ref))
                    .map(IdentityPlan::owner)
                    .findFirst())
        .orElseGet(() -> party(ref.name()));
  }

  /**
   * The owner of a role assignment's principal: a user-assigned identity's owner by its resource
   * id, else the owner of the principal's label.
   */
  private Party principalParty(Principal principal, String label) {
    return principal instanceof Principal.Deployed d && d.identity().isPresent()
        ? identityParty(d.identity().get())
        : party(label);
  }

  private Party party(String name) {
    String key = owners.get(name);
    if (key == null) {
      return Party.UNKNOWN;
    }
    if (key.equals("orchestrator")) {
      return Party.ORCHESTRATOR;
    }
    Optional<Party> p =
        intent.flatMap(
            pl ->
                pl.identities().stream()
                    .map(IdentityPlan::owner)
                    .filter(o -> o.key().equals(key))
                    .findFirst());
    return p.orElse(new Party(key, true, ""));
  }

  private Scope scope(Instance i) {
    return new Scope(
        i.scope().tenant(),
        i.scope().sub() == null ? "" : i.scope().sub(),
        i.scope().rg() == null ? "" : i.scope().rg());
  }

  // ---- locating findings ----

  private static final Map<String, Rule> RULES =
      RuleCatalog.ALL.stream().collect(Collectors.toMap(r -> r.info().id(), r -> r, (a, b) -> a));

  /**
   * Plan objects a finding can exist because of, though its target names something else: a grant
   * (its finding names the account), or a private endpoint (its finding names the VNet, which may
   * not be known).
   */
  private enum Cause {
    GRANTS {
      @Override
      List<?> of(Plan p) {
        List<RoleGrant> all = new ArrayList<>(p.grants());
        all.addAll(p.serviceGrants());
        return all;
      }

      @Override
      Plan with(Derive d, Plan p, Object one) {
        RoleGrant g = (RoleGrant) one;
        boolean storage = p.grants().contains(g);
        return d.assemble(
            Parts.of(p), storage ? List.of(g) : List.of(), storage ? List.of() : List.of(g));
      }

      @Override
      Plan without(Derive d, Plan p) {
        return d.assemble(Parts.of(p), List.of(), List.of());
      }
    },
    ENDPOINTS {
      @Override
      List<?> of(Plan p) {
        return p.privateEndpoints();
      }

      @Override
      Plan with(Derive d, Plan p, Object one) {
        return d.assemble(
            Parts.of(p, List.of((PrivateEndpointPlan) one)), p.grants(), p.serviceGrants());
      }

      @Override
      Plan without(Derive d, Plan p) {
        return d.assemble(Parts.of(p, List.of()), p.grants(), p.serviceGrants());
      }
    };

    abstract List<?> of(Plan p);

    /** The plan with this kind of object reduced to {@code one}. */
    abstract Plan with(Derive d, Plan p, Object one);

    /** The plan with none of this kind of object. */
    abstract Plan without(Derive d, Plan p);
  }

  /** Per cause and rule, the object each finding exists because of. */
  private final Map<String, Map<Finding, Object>> causes = new HashMap<>();

  private Plan derived;

  /**
   * Where a finding of the derived plan is fixed: at the role assignment it exists because of, when
   * it is about a grant; else at the declaration of the object its target names (or the resource a
   * child name such as vnet/subnet belongs to), or of its origin; else at the private endpoint it
   * exists because of; else the folder.
   */
  Site locate(Finding f) {
    Optional<Site> grant = causedBy(Cause.GRANTS, f);
    if (grant.isPresent()) {
      return grant.get();
    }
    String target = f.target();
    for (String key :
        List.of(
            target,
            target.contains("/") ? target.substring(0, target.indexOf('/')) : target,
            f.origin())) {
      Optional<Site> s = siteOf(key);
      if (s.isPresent()) {
        return s.get();
      }
    }
    return causedBy(Cause.ENDPOINTS, f).orElse(Site.FOLDER);
  }

  /** The declaration of the object of kind {@code cause} whose presence alone causes {@code f}. */
  private Optional<Site> causedBy(Cause cause, Finding f) {
    return Optional.ofNullable(causes(cause, f.ruleId()).get(f)).flatMap(this::siteOf);
  }

  /**
   * The findings of a rule that a single object of a kind causes: present when the plan holds only
   * that object of its kind, absent when it holds none. A rule whose findings all stand without any
   * is not run again.
   */
  private Map<Finding, Object> causes(Cause cause, String ruleId) {
    return causes.computeIfAbsent(
        cause + " " + ruleId,
        key -> {
          Rule rule = RULES.get(ruleId);
          if (rule == null || derived == null) {
            return Map.of();
          }
          Set<Finding> without =
              rule.check(cause.without(this, derived)).collect(Collectors.toSet());
          if (rule.check(derived).allMatch(without::contains)) {
            return Map.of();
          }
          Map<Finding, Object> out = new HashMap<>();
          for (Object one : cause.of(derived)) {
            rule.check(cause.with(this, derived, one))
                .filter(x -> !without.contains(x))
                .forEach(x -> out.putIfAbsent(x, one));
          }
          return out;
        });
  }

  // ---- the plan ----

  /** What the review derives, before it is put together as a plan. */
  private record Parts(
      List<IdentityPlan> identities,
      List<StoragePlan> storages,
      WorkspacePlan workspace,
      RegistryPlan registry,
      List<KeyVaultPlan> vaults,
      List<ComputePlan> computes,
      List<AksPlan> aks,
      List<VnetPlan> vnets,
      List<PeeringPlan> peerings,
      List<PrivateEndpointPlan> endpoints,
      List<DnsZonePlan> zones,
      Optional<io.flgen.plan.WayInPlan> wayIn,
      List<io.flgen.plan.DatastorePlan> datastores,
      io.flgen.plan.PipelinePlan pipeline) {
    /** The parts of a derived plan. */
    static Parts of(Plan p) {
      return of(p, p.privateEndpoints());
    }

    /** The parts of a derived plan, with {@code endpoints} for its private endpoints. */
    static Parts of(Plan p, List<PrivateEndpointPlan> endpoints) {
      return new Parts(
          p.identities(),
          p.storages(),
          p.workspace(),
          p.registry(),
          p.keyVaults(),
          p.computes(),
          p.aksClusters(),
          p.vnets(),
          p.peerings(),
          endpoints,
          p.dnsZones(),
          p.wayIn(),
          p.datastores(),
          p.pipeline());
    }
  }

  /** Resource ids (lower case) of the VNets and DNS zones the folder deploys. */
  private final Map<String, VnetPlan> vnetById = new HashMap<>();

  private final Map<String, String> zoneNameById = new HashMap<>();

  Plan plan() {
    List<IdentityPlan> identities = identities();
    Map<String, Instance> accounts = accounts();
    List<VnetPlan> vnets = vnets();
    indexNetworks(vnets);
    List<PrivateEndpointPlan> endpoints = new ArrayList<>();
    for (Instance pe : of("Microsoft.Network/privateEndpoints")) {
      endpoints.add(endpoint(pe));
    }
    List<StoragePlan> storages = new ArrayList<>();
    for (Instance a : accounts.values()) {
      storages.add(at(storage(a, endpoints), a.name(), a));
    }
    List<RoleGrant> grants = new ArrayList<>();
    List<RoleGrant> serviceGrants = new ArrayList<>();
    for (Instance ra : of("Microsoft.Authorization/roleAssignments")) {
      grant(ra, accounts)
          .ifPresent(g -> (g.targetKind().equals("storage") ? grants : serviceGrants).add(g));
    }
    WorkspacePlan ws = workspace();
    RegistryPlan registry = registry();
    List<KeyVaultPlan> vaults = vaults(ws);
    List<ComputePlan> computes = computes();
    List<AksPlan> aks = aksClusters();
    List<PeeringPlan> peerings = peerings(vnets);
    List<DnsZonePlan> zones = zones();
    List<io.flgen.plan.DatastorePlan> datastores =
        PipelineReader.datastores(
            files,
            PipelineReader.owners(intent.map(Plan::datastores).orElse(List.of())),
            unresolved);
    Optional<io.flgen.plan.PipelinePlan> pipeline =
        PipelineReader.pipeline(files, computeOwners(computes), datastores, intent, unresolved);
    outputs.forEach((o, site) -> at(o, o.name(), site));
    derived =
        assemble(
            new Parts(
                identities,
                storages,
                ws,
                registry,
                vaults,
                computes,
                aks,
                vnets,
                peerings,
                endpoints,
                zones,
                wayIn(),
                datastores,
                pipeline.orElse(new io.flgen.plan.PipelinePlan("", "", List.of(), List.of()))),
            grants,
            serviceGrants);
    return derived;
  }

  /** The derived parts as a plan, with what only the recorded topology says. */
  private Plan assemble(Parts d, List<RoleGrant> grants, List<RoleGrant> serviceGrants) {
    Plan base = intent.orElse(null);
    return new Plan(
        intent.map(Plan::context).orElseGet(PlanContext::reviewed),
        base == null ? new io.flgen.plan.Names("rev", "reviewed", "") : base.names(),
        base == null ? new Scope(Scope.HOME, "", "") : base.home(),
        distinctScopes(),
        d.identities(),
        d.storages(),
        d.workspace(),
        d.registry(),
        d.vaults(),
        d.computes(),
        d.aks(),
        d.vnets(),
        d.peerings(),
        d.endpoints(),
        d.zones(),
        grants,
        serviceGrants,
        existingOnly(),
        d.wayIn(),
        d.datastores(),
        d.pipeline(),
        List.copyOf(outputs.keySet()),
        base == null ? List.of() : base.kubernetes(),
        base == null ? List.of() : base.federations());
  }

  private List<IdentityPlan> identities() {
    List<IdentityPlan> identities = new ArrayList<>();
    for (Instance i : of("Microsoft.ManagedIdentity/userAssignedIdentities")) {
      ResourceRef ref = ResourceRef.identity(scope(i), i.name());
      if (identities.stream().noneMatch(x -> x.id().equals(ref))) {
        identities.add(
            at(
                new IdentityPlan(
                    i.name(), identityParty(ref), scope(i), i.str("location"), origin(i.name())),
                i.name(),
                i));
      }
    }
    return identities;
  }

  /** The storage accounts by name: a deployed account wins over an existing reference. */
  private Map<String, Instance> accounts() {
    Map<String, Instance> accounts = new LinkedHashMap<>();
    for (Instance i : of("Microsoft.Storage/storageAccounts")) {
      Instance prev = accounts.get(i.name());
      if (prev == null || (prev.existing() && !i.existing())) {
        accounts.put(i.name(), i);
      }
    }
    return accounts;
  }

  private void indexNetworks(List<VnetPlan> vnets) {
    for (VnetPlan v : vnets) {
      for (Instance i : of("Microsoft.Network/virtualNetworks")) {
        if (i.name().equals(v.name())) {
          vnetById.put(lower(i.id()), v);
        }
      }
    }
    for (Instance z : of("Microsoft.Network/privateDnsZones")) {
      zoneNameById.put(lower(z.id()), z.name());
    }
  }

  private WorkspacePlan workspace() {
    return of("Microsoft.MachineLearningServices/workspaces").stream()
        .filter(i -> !i.existing())
        .findFirst()
        .map(this::workspace)
        .orElse(
            new WorkspacePlan(
                "",
                new Scope(Scope.HOME, "", ""),
                "",
                false,
                false,
                "identity",
                "",
                "",
                "",
                false,
                "",
                ""));
  }

  private RegistryPlan registry() {
    return of("Microsoft.ContainerRegistry/registries").stream()
        .filter(i -> !i.existing())
        .findFirst()
        .map(
            r ->
                at(
                    new RegistryPlan(
                        r.name(),
                        scope(r),
                        r.str("location"),
                        r.str("sku", "name"),
                        r.bool(true, "properties", "adminUserEnabled"),
                        r.bool(false, "properties", "anonymousPullEnabled"),
                        !"Disabled".equals(r.str("properties", "publicNetworkAccess")),
                        origin(r.name())),
                    r.name(),
                    r))
        .orElse(
            new RegistryPlan("", new Scope(Scope.HOME, "", ""), "", "", false, false, false, ""));
  }

  private List<KeyVaultPlan> vaults(WorkspacePlan ws) {
    List<KeyVaultPlan> vaults = new ArrayList<>();
    for (Instance v : of("Microsoft.KeyVault/vaults")) {
      if (v.existing()) {
        continue;
      }
      Value days = v.prop("properties", "softDeleteRetentionInDays");
      vaults.add(
          at(
              new KeyVaultPlan(
                  v.name(),
                  ws.keyVault().equals(v.name())
                      ? KeyVaultPlan.Purpose.WORKSPACE
                      : KeyVaultPlan.Purpose.CONFIDENTIALITY,
                  scope(v),
                  v.str("location"),
                  v.bool(false, "properties", "enableRbacAuthorization"),
                  v.bool(false, "properties", "enablePurgeProtection"),
                  days instanceof Value.Num n ? (int) n.v() : 90,
                  publicVault(v),
                  origin(v.name()),
                  keyOf(v.name())),
              v.name(),
              v));
    }
    return vaults;
  }

  private List<ComputePlan> computes() {
    List<ComputePlan> computes = new ArrayList<>();
    for (Instance c : of("Microsoft.MachineLearningServices/workspaces/computes")) {
      if ("AmlCompute".equals(c.str("properties", "computeType"))) {
        computes.add(at(compute(c), leaf(c.name()), c));
      }
    }
    return computes;
  }

  private ComputePlan compute(Instance c) {
    String name = leaf(c.name());
    String subnet =
        c.prop("properties", "properties", "subnet") instanceof Value.Obj so
            ? Value.text(so.get("id"))
            : null;
    VnetPlan vnet =
        subnet == null ? null : vnetById.get(lower(subnet).replaceAll("/subnets/.*", ""));
    Value min = c.prop("properties", "properties", "scaleSettings", "minNodeCount");
    Value max = c.prop("properties", "properties", "scaleSettings", "maxNodeCount");
    return new ComputePlan(
        name,
        party(name),
        c.str("location"),
        c.str("properties", "properties", "vmSize"),
        min instanceof Value.Num n ? (int) n.v() : 0,
        max instanceof Value.Num n2 ? (int) n2.v() : 0,
        RunsAs.of(c).label(),
        vnet,
        c.bool(true, "properties", "properties", "enableNodePublicIp"),
        !"Disabled".equals(c.str("properties", "properties", "remoteLoginPortPublicAccess")),
        !c.bool(false, "properties", "disableLocalAuth"),
        origin(name),
        List.of("?"));
  }

  /**
   * The identity a compute runs as: none, its own system-assigned identity, or a user-assigned one
   * (the first, when there are several). The plan names a system-assigned identity as its role
   * assignments' principal is named, {@code system:NAME}, so "no identity" and "its own identity"
   * read differently in every finding.
   */
  sealed interface RunsAs {
    record None() implements RunsAs {}

    record SystemAssigned(Principal.Deployed principal) implements RunsAs {}

    record UserAssigned(String name) implements RunsAs {}

    static RunsAs of(Instance c) {
      if (c.prop("identity", "userAssignedIdentities") instanceof Value.Obj ids
          && !ids.fields().isEmpty()) {
        return new UserAssigned(leaf(ids.fields().keySet().iterator().next()));
      }
      return lower(c.str("identity", "type")).contains("systemassigned")
          ? new SystemAssigned(Principal.Deployed.systemAssigned(c))
          : new None();
    }

    /** The identity's name in the plan: empty for none. */
    default String label() {
      if (this instanceof SystemAssigned s) {
        return s.principal().label();
      }
      return this instanceof UserAssigned u ? u.name() : "";
    }
  }

  private List<AksPlan> aksClusters() {
    List<AksPlan> aks = new ArrayList<>();
    for (Instance k : of("Microsoft.ContainerService/managedClusters")) {
      if (!k.existing()) { // an existing one is a role assignment's reference, not the cluster
        aks.add(at(aks(k), k.name(), k));
      }
    }
    return aks;
  }

  private AksPlan aks(Instance k) {
    List<String> ranges = new ArrayList<>();
    if (k.prop("properties", "apiServerAccessProfile", "authorizedIPRanges")
        instanceof Value.Arr arr) {
      arr.items().forEach(x -> ranges.add(Value.text(x) == null ? "?" : Value.text(x)));
    }
    return new AksPlan(
        k.name(),
        party(k.name()),
        scope(k),
        k.str("location"),
        k.bool(false, "properties", "apiServerAccessProfile", "enablePrivateCluster"),
        ranges,
        k.bool(false, "properties", "disableLocalAccounts"),
        settingOrAssumed(k, true, "properties", "aadProfile", "enableAzureRBAC"),
        k.str("properties", "networkProfile", "networkPolicy"),
        origin(k.name()),
        k.bool(true, "properties", "apiServerAccessProfile", "enablePrivateClusterPublicFQDN"),
        k.prop("properties", "aadProfile", "adminGroupObjectIDs") instanceof Value.Arr ag
                && !ag.items().isEmpty()
                && Value.text(ag.items().get(0)) != null
            ? Value.text(ag.items().get(0))
            : "");
  }

  private List<PeeringPlan> peerings(List<VnetPlan> vnets) {
    List<PeeringPlan> peerings = new ArrayList<>();
    for (Instance p : of("Microsoft.Network/virtualNetworks/virtualNetworkPeerings")) {
      String localName = p.name().substring(0, p.name().indexOf('/'));
      VnetPlan local =
          vnets.stream().filter(v -> v.name().equals(localName)).findFirst().orElse(null);
      VnetPlan remote = vnetById.get(lower(p.str("properties", "remoteVirtualNetwork", "id")));
      if (local != null && remote != null) {
        peerings.add(
            new PeeringPlan(
                leaf(p.name()),
                local,
                remote,
                p.bool(false, "properties", "allowForwardedTraffic"),
                p.bool(false, "properties", "allowGatewayTransit")));
      } else {
        unresolved.add("peering " + p.name() + ": its remote VNet is not in the folder");
      }
    }
    return peerings;
  }

  private List<DnsZonePlan> zones() {
    List<DnsZonePlan> zones = new ArrayList<>();
    for (Instance z : of("Microsoft.Network/privateDnsZones")) {
      List<VnetPlan> links = new ArrayList<>();
      for (Instance l : of("Microsoft.Network/privateDnsZones/virtualNetworkLinks")) {
        if (l.name().startsWith(z.name() + "/")) {
          VnetPlan v = linkedVnet(l);
          if (!v.name().equals("(unknown)") && !links.contains(v)) {
            links.add(v);
          }
        }
      }
      zones.add(at(new DnsZonePlan(z.name(), scope(z), "", links), z.name(), z));
    }
    return zones;
  }

  /** The owner of each compute by name: the folder's AML computes, then the topology's. */
  private Map<String, Party> computeOwners(List<ComputePlan> computes) {
    Map<String, Party> computeOwners = new HashMap<>();
    computes.forEach(c -> computeOwners.put(c.name(), c.owner()));
    intent.ifPresent(
        p -> p.kubernetes().forEach(k -> computeOwners.putIfAbsent(k.computeName(), k.owner())));
    for (Instance c : of("Microsoft.MachineLearningServices/workspaces/computes")) {
      computeOwners.putIfAbsent(leaf(c.name()), party(leaf(c.name())));
    }
    return computeOwners;
  }

  // ---- role assignments ----

  /**
   * A role assignment as a grant: on a storage account or one of its children, or on a service
   * (registry, workspace, cluster, vault, VM, NIC, Bastion, subnet). One above any resource (a
   * resource group or subscription) is listed in {@link #broadGrants}; one on another type is noted
   * as unresolved.
   */
  private Optional<RoleGrant> grant(Instance ra, Map<String, Instance> accounts) {
    if (ra.extensionScope().isEmpty()) {
      broadGrant(ra);
      return Optional.empty();
    }
    Instance target = ra.extensionScope().get();
    String kind = SERVICE_KINDS.get(lower(target.type()));
    if (kind != null) {
      return Optional.of(at(serviceGrant(ra, target, kind), Site.of(ra)));
    }
    String account;
    String container = "";
    if (target.type().equalsIgnoreCase("Microsoft.Storage/storageAccounts")) {
      account = target.name();
    } else if (target.type().endsWith("blobServices/containers")) {
      account = containerAccount(ra, target);
      container = leaf(target.name());
    } else if (target.type().startsWith("Microsoft.Storage/storageAccounts/")
        && target.name() != null) {
      account = target.name().split("/", 2)[0];
      container = childPath(target);
    } else {
      unresolved.add(
          "role assignment "
              + roleName(roleGuid(ra))
              + " at "
              + ra.where()
              + " on a "
              + target.type()
              + ": not a data store flgen maps");
      return Optional.empty();
    }
    Instance acc = accounts.get(account);
    return Optional.of(
        at(
            storageGrant(ra, account, container, acc == null ? scope(target) : scope(acc)),
            Site.of(ra)));
  }

  private void broadGrant(Instance ra) {
    String guid = roleGuid(ra);
    String where =
        ra.scope().rg() != null
            ? "resource group " + ra.scope().rg()
            : "subscription " + ra.scope().sub();
    broadGrants.add(
        roleName(guid)
            + " at "
            + where
            + " for "
            + (Principal.of(ra.prop("properties", "principalId")) instanceof Principal.Deployed d
                ? d.label()
                : "an unresolved principal")
            + " ("
            + ra.where()
            + "): covers every storage account in that scope"
            + (BuiltInRoles.byGuid(guid).map(BuiltInRoles.Role::grantsKeys).orElse(false)
                ? ", including their keys"
                : ""));
  }

  /**
   * Who a role assignment grants to, as the plan names it: a deployed identity by its label, a
   * person or group by the manifest's name for it (else the object id), a parameter the partner
   * bundle names after the federated app, else "(unresolved principal)", noted as unresolved.
   */
  private record Grantee(Principal principal, String label, boolean person, String type) {
    /** A person's or group's object id; empty for an identity or app. */
    String objectId() {
      return person && principal instanceof Principal.Literal l ? l.objectId() : "";
    }
  }

  private Grantee grantee(Instance ra, String on, boolean fromParameter) {
    Principal principal = Principal.of(ra.prop("properties", "principalId"));
    String type = ra.str("properties", "principalType");
    boolean person =
        ("Group".equals(type) || "User".equals(type)) && principal instanceof Principal.Literal;
    String label;
    if (principal instanceof Principal.Deployed d) {
      label = d.label();
    } else if (person) {
      label = personLabel(((Principal.Literal) principal).objectId());
    } else {
      label =
          (fromParameter
                  ? principalFromParameter(ra, ra.prop("properties", "principalId"))
                  : Optional.<String>empty())
              .orElse(UNRESOLVED_PRINCIPAL);
    }
    if (label.equals(UNRESOLVED_PRINCIPAL)) {
      unresolved.add(
          "role assignment "
              + roleName(roleGuid(ra))
              + " on "
              + on
              + " at "
              + ra.where()
              + ": the principal is a deployment parameter");
    }
    return new Grantee(principal, label, person, type);
  }

  private static final String UNRESOLVED_PRINCIPAL = "(unresolved principal)";

  private RoleGrant storageGrant(Instance ra, String account, String container, Scope sc) {
    String guid = roleGuid(ra);
    String roleName = roleName(guid);
    Grantee who = grantee(ra, account + (container.isEmpty() ? "" : "/" + container), true);
    String access =
        roleName.contains("Reader")
            ? "read"
            : roleName.contains("Contributor") || roleName.contains("Owner")
                ? "read-write"
                : "other";
    return new RoleGrant(
        who.label(),
        principalParty(who.principal(), who.label()),
        roleName,
        guid,
        "storage",
        account,
        container,
        access,
        sc,
        "from " + ra.where(),
        who.person() ? who.type() : RoleGrant.SERVICE_PRINCIPAL,
        who.objectId());
  }

  /**
   * A role assignment on a registry, workspace, cluster, vault, VM, NIC, Bastion or subnet: a
   * service grant.
   */
  private RoleGrant serviceGrant(Instance ra, Instance target, String kind) {
    String guid = roleGuid(ra);
    Grantee who = grantee(ra, target.name(), false);
    return new RoleGrant(
        who.label(),
        principalParty(who.principal(), who.label()),
        roleName(guid),
        guid,
        kind,
        target.name(),
        "",
        "other",
        scope(target),
        "from " + ra.where(),
        who.person() ? who.type() : RoleGrant.SERVICE_PRINCIPAL,
        who.objectId());
  }

  private StoragePlan storage(Instance a, List<PrivateEndpointPlan> endpoints) {
    Party owner = party(a.name());
    boolean exchange =
        childrenOf(a, "blobServices/containers")
            .anyMatch(i -> leaf(i.name()).startsWith("updates-"));
    boolean workspace =
        of("Microsoft.MachineLearningServices/workspaces").stream()
            .anyMatch(w -> w.str("properties", "storageAccount").endsWith("/" + a.name()));
    StorageRole role = role(workspace, exchange, owner);
    List<String> containers = new ArrayList<>();
    for (Instance c : of("Microsoft.Storage/storageAccounts/blobServices/containers")) {
      if (c.name().startsWith(a.name() + "/") && !c.existing()) {
        containers.add(leaf(c.name()));
      }
    }
    containers.sort(null);
    boolean hasEndpoint = endpoints.stream().anyMatch(e -> e.target().equals(a.name()));
    if (a.existing()) {
      // an existing account's region is not in the Bicep; the topology declares the silo's
      String region =
          intent
              .flatMap(
                  p -> p.storages().stream().filter(s -> s.name().equals(a.name())).findFirst())
              .map(StoragePlan::region)
              .orElse(a.str("location"));
      return new StoragePlan(
          a.name(),
          owner,
          role,
          scope(a),
          region,
          true,
          "",
          false,
          new Exposure(!hasEndpoint, hasEndpoint, hasEndpoint),
          StorageSettings.HARDENED,
          0,
          containers,
          a.name());
    }
    String sku = a.str("sku", "name");
    boolean publicAccess = !"Disabled".equals(a.str("properties", "publicNetworkAccess"));
    boolean deny = "Deny".equals(a.str("properties", "networkAcls", "defaultAction"));
    return new StoragePlan(
        a.name(),
        owner,
        role,
        scope(a),
        a.str("location"),
        false,
        sku,
        sku.contains("GRS") || sku.contains("GZRS"),
        new Exposure(publicAccess, deny, hasEndpoint),
        settings(a),
        softDeleteDays(a),
        containers,
        origin(a.name()));
  }

  /** The named children of an account whose type ends in {@code suffix}. */
  private java.util.stream.Stream<Instance> childrenOf(Instance a, String suffix) {
    return all.stream()
        .filter(
            i ->
                i.type().endsWith(suffix)
                    && i.name() != null
                    && i.name().startsWith(a.name() + "/"));
  }

  private static StorageSettings settingsOf(Instance a, String containerAccess) {
    return new StorageSettings(
        a.str("properties", "minimumTlsVersion"),
        a.bool(true, "properties", "allowSharedKeyAccess"),
        a.bool(false, "properties", "allowBlobPublicAccess"),
        a.bool(false, "properties", "allowCrossTenantReplication"),
        a.bool(true, "properties", "supportsHttpsTrafficOnly"),
        a.bool(false, "properties", "defaultToOAuthAuthentication"),
        containerAccess);
  }

  /** The account's settings, with the first container's public access other than None. */
  private StorageSettings settings(Instance a) {
    return settingsOf(
        a,
        childrenOf(a, "blobServices/containers")
            .map(i -> i.str("properties", "publicAccess"))
            .filter(s -> !s.isEmpty() && !s.equals("None"))
            .findFirst()
            .orElse("None"));
  }

  /** The blob soft-delete retention in days; 0 when the blob service does not enable it. */
  private int softDeleteDays(Instance a) {
    Value soft =
        all.stream()
            .filter(
                i ->
                    i.type().endsWith("storageAccounts/blobServices")
                        && (a.name() + "/default").equals(i.name()))
            .findFirst()
            .map(b -> b.prop("properties", "deleteRetentionPolicy"))
            .orElse(new Value.Null());
    return soft instanceof Value.Obj so
            && so.get("enabled") instanceof Value.Bool en
            && en.v()
            && so.get("days") instanceof Value.Num d
        ? (int) d.v()
        : 0;
  }

  /** The security groups by resource id; each is where a finding about its rules is fixed. */
  private Map<String, Instance> nsgsById() {
    Map<String, Instance> out = new HashMap<>();
    for (Instance n : of("Microsoft.Network/networkSecurityGroups")) {
      out.put(lower(n.id()), at(n, n.name(), n));
    }
    return out;
  }

  private List<VnetPlan> vnets() {
    List<VnetPlan> out = new ArrayList<>();
    Map<String, Instance> nsgById = nsgsById();
    for (Instance v : of("Microsoft.Network/virtualNetworks")) {
      if (v.existing()) {
        continue;
      }
      List<SubnetPlan> subnets = new ArrayList<>();
      if (v.prop("properties", "subnets") instanceof Value.Arr arr) {
        for (Value s : arr.items()) {
          if (s instanceof Value.Obj so) {
            subnets.add(subnet(so, nsgById));
          }
        }
      }
      String space =
          v.prop("properties", "addressSpace", "addressPrefixes") instanceof Value.Arr ap
                  && !ap.items().isEmpty()
              ? String.valueOf(Value.text(ap.items().get(0)))
              : "?";
      out.add(
          at(
              new VnetPlan(
                  v.name(),
                  party(v.name()),
                  scope(v),
                  v.str("location"),
                  space,
                  subnets,
                  origin(v.name())),
              v.name(),
              v));
    }
    return out;
  }

  private static SubnetPlan subnet(Value.Obj so, Map<String, Instance> nsgById) {
    String name = Value.text(so.get("name"));
    Value.Obj props = so.get("properties") instanceof Value.Obj po ? po : new Value.Obj(Map.of());
    String prefix = Value.text(props.get("addressPrefix"));
    String nsgId =
        props.get("networkSecurityGroup") instanceof Value.Obj no ? Value.text(no.get("id")) : null;
    Instance nsg = nsgId == null ? null : nsgById.get(lower(nsgId));
    boolean outbound = !(props.get("defaultOutboundAccess") instanceof Value.Bool b && !b.v());
    return new SubnetPlan(
        name == null ? "?" : name,
        prefix == null ? "?" : prefix,
        nsg == null ? "" : nsg.name(),
        name != null && name.contains("private-endpoint"),
        outbound,
        nsg == null ? List.of() : rules(nsg),
        props.get("natGateway") instanceof Value.Obj ng ? leafOrUnknown(ng.get("id")) : "",
        "",
        props.get("routeTable") instanceof Value.Obj rto ? leafOrUnknown(rto.get("id")) : "");
  }

  private static List<NsgRulePlan> rules(Instance nsg) {
    List<NsgRulePlan> rules = new ArrayList<>();
    if (nsg.prop("properties", "securityRules") instanceof Value.Arr ra) {
      for (Value r : ra.items()) {
        if (r instanceof Value.Obj ro && ro.get("properties") instanceof Value.Obj rp) {
          rules.add(
              new NsgRulePlan(
                  String.valueOf(Value.text(ro.get("name"))),
                  rp.get("priority") instanceof Value.Num pn ? (int) pn.v() : 0,
                  String.valueOf(Value.text(rp.get("direction"))),
                  String.valueOf(Value.text(rp.get("access"))),
                  String.valueOf(Value.text(rp.get("protocol"))),
                  String.valueOf(Value.text(rp.get("sourceAddressPrefix"))),
                  ports(rp),
                  rp.get("destinationAddressPrefix") == null
                      ? "*"
                      : String.valueOf(Value.text(rp.get("destinationAddressPrefix")))));
        }
      }
    }
    return rules;
  }

  /**
   * Resource groups the folder uses but never deploys (no resource group resource creates them).
   */
  private List<Scope> existingOnly() {
    java.util.Set<String> created = new java.util.HashSet<>();
    for (Instance g : of("Microsoft.Resources/resourceGroups")) {
      if (!g.existing()) {
        created.add(g.scope().sub() + "|" + g.name());
      }
    }
    return distinctScopes().stream()
        .filter(s -> !created.contains(s.subscriptionId() + "|" + s.resourceGroup()))
        .toList();
  }

  /** A Bastion host and a VM in the same VNet: the folder's way in. */
  private Optional<io.flgen.plan.WayInPlan> wayIn() {
    for (Instance b : of("Microsoft.Network/bastionHosts")) {
      if (b.prop("properties", "ipConfigurations") instanceof Value.Arr arr
          && !arr.items().isEmpty()
          && arr.items().get(0) instanceof Value.Obj cfg
          && cfg.get("properties") instanceof Value.Obj p
          && p.get("subnet") instanceof Value.Obj s
          && Value.text(s.get("id")) != null) {
        VnetPlan hub =
            vnetById.get(
                Value.text(s.get("id")).toLowerCase(Locale.ROOT).replaceAll("/subnets/.*", ""));
        Optional<Instance> vm = of("Microsoft.Compute/virtualMachines").stream().findFirst();
        if (hub != null && vm.isPresent()) {
          return Optional.of(
              new io.flgen.plan.WayInPlan(
                  "bastion",
                  hub,
                  b.name(),
                  "",
                  vm.get().name(),
                  vm.get().str("properties", "hardwareProfile", "vmSize")));
        }
      }
    }
    return Optional.empty();
  }

  private List<Scope> distinctScopes() {
    TreeSet<String> seen = new TreeSet<>();
    List<Scope> out = new ArrayList<>();
    for (Instance i : all) {
      if (i.scope().rg() != null
          && seen.add(i.scope().tenant() + "|" + i.scope().sub() + "|" + i.scope().rg())) {
        out.add(scope(i));
      }
    }
    return out;
  }

  /** The VNet a DNS zone link names: one the folder deploys, else the one its id names. */
  private VnetPlan linkedVnet(Instance link) {
    String id = link.str("properties", "virtualNetwork", "id");
    return vnetById.getOrDefault(id.toLowerCase(Locale.ROOT), referencedVnet(id, link));
  }

  /**
   * A VNet the folder does not deploy (declared {@code existing}, or named only by id), under the
   * name its id gives: an endpoint in it and a DNS zone linked to it then name the same VNet.
   */
  private VnetPlan referencedVnet(String id, Instance by) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?i)/virtualNetworks/([^/]+)(/subnets/.*)?$").matcher(id);
    String name = m.find() ? m.group(1) : "(unknown)";
    return new VnetPlan(name, party(name), scope(by), "", "?", List.of(), "");
  }

  /**
   * Whether a vault accepts traffic from public networks: not when public access is disabled, nor
   * when its firewall denies by default and allows no IP range or subnet (only trusted Azure
   * services then pass, by the bypass setting).
   */
  private static boolean publicVault(Instance v) {
    if ("Disabled".equals(v.str("properties", "publicNetworkAccess"))) {
      return false;
    }
    boolean denyAll =
        "Deny".equalsIgnoreCase(v.str("properties", "networkAcls", "defaultAction"))
            && empty(v.prop("properties", "networkAcls", "ipRules"))
            && empty(v.prop("properties", "networkAcls", "virtualNetworkRules"));
    return !denyAll;
  }

  private static boolean empty(Value v) {
    return v instanceof Value.Null || v instanceof Value.Arr a && a.items().isEmpty();
  }

  /**
   * A boolean setting; one that depends on what only the deployment knows (a comparison with the
   * tenant, say) is taken as {@code assumed} and listed as not resolved, so no finding claims a
   * value the Bicep does not state and the review still says it is incomplete.
   */
  private boolean settingOrAssumed(Instance i, boolean assumed, String... path) {
    Value v = i.prop(path);
    if (v instanceof Value.Unknown) {
      unresolved.add(
          String.join(".", path)
              + " of "
              + i.name()
              + " at "
              + i.where()
              + " is not known statically; judged as "
              + assumed);
      return assumed;
    }
    return v instanceof Value.Bool b ? b.v() : false;
  }

  private WorkspacePlan workspace(Instance w) {
    String storageId = w.str("properties", "storageAccount");
    String kvId = w.str("properties", "keyVault");
    String acrId = w.str("properties", "containerRegistry");
    return at(
        new WorkspacePlan(
            w.name(),
            scope(w),
            w.str("location"),
            w.bool(false, "properties", "hbiWorkspace"),
            !"Disabled".equals(w.str("properties", "publicNetworkAccess")),
            w.str("properties", "systemDatastoresAuthMode").isEmpty()
                ? "accessKey"
                : w.str("properties", "systemDatastoresAuthMode"),
            storageId.isEmpty() ? "" : leaf(storageId),
            kvId.isEmpty() ? "" : leaf(kvId),
            acrId.isEmpty() ? "" : leaf(acrId),
            w.bool(false, "properties", "v1LegacyMode"),
            origin(w.name()),
            w.str("properties", "imageBuildCompute")),
        w.name(),
        w);
  }

  private PrivateEndpointPlan endpoint(Instance pe) {
    boolean manual =
        pe.prop("properties", "manualPrivateLinkServiceConnections") instanceof Value.Arr m
            && !m.items().isEmpty();
    Value conns =
        pe.prop(
            "properties",
            manual ? "manualPrivateLinkServiceConnections" : "privateLinkServiceConnections");
    String target = "";
    String group = "";
    if (conns instanceof Value.Arr arr
        && !arr.items().isEmpty()
        && arr.items().get(0) instanceof Value.Obj c
        && c.get("properties") instanceof Value.Obj cp) {
      target = shapeOrUnresolved(cp.get("privateLinkServiceId"));
      if (cp.get("groupIds") instanceof Value.Arr g && !g.items().isEmpty()) {
        group = String.valueOf(Value.text(g.items().get(0)));
      }
    }
    String subnetId = pe.str("properties", "subnet", "id").toLowerCase(Locale.ROOT);
    VnetPlan vnet = vnetById.get(subnetId.replaceAll("/subnets/.*", ""));
    List<String> zones = new ArrayList<>();
    for (Instance g : of("Microsoft.Network/privateEndpoints/privateDnsZoneGroups")) {
      if (g.name().startsWith(pe.name() + "/")
          && g.prop("properties", "privateDnsZoneConfigs") instanceof Value.Arr cfgs) {
        for (Value cfg : cfgs.items()) {
          if (cfg instanceof Value.Obj co && co.get("properties") instanceof Value.Obj cop) {
            String id = shapeOrUnresolved(cop.get("privateDnsZoneId"));
            zones.add(zoneNameById.getOrDefault(id.toLowerCase(Locale.ROOT), leaf(id)));
          }
        }
      }
    }
    String kind =
        target.contains("Microsoft.Storage")
            ? "storage"
            : target.contains("Microsoft.KeyVault")
                ? "vault"
                : target.contains("Microsoft.ContainerRegistry")
                    ? "registry"
                    : target.contains("MachineLearningServices") ? "workspace" : "other";
    Scope targetScope = targetScope(target, pe);
    if (vnet == null) {
      unresolved.add("private endpoint " + pe.name() + ": its subnet is not in the folder");
      vnet = referencedVnet(pe.str("properties", "subnet", "id"), pe);
    }
    return at(
        new PrivateEndpointPlan(
            pe.name(),
            party(pe.name()),
            kind,
            target.isEmpty() ? "" : leaf(target),
            targetScope,
            group,
            vnet,
            zones,
            manual),
        pe.name(),
        pe);
  }

  /**
   * The scope of a target from its resource id; the tenant is the one of the account when the
   * folder holds it.
   */
  private Scope targetScope(String id, Instance pe) {
    String[] p = id.split("/");
    String sub = "";
    String rg = "";
    for (int i = 0; i + 1 < p.length; i++) {
      if (p[i].equalsIgnoreCase("subscriptions")) {
        sub = p[i + 1];
      } else if (p[i].equalsIgnoreCase("resourceGroups")) {
        rg = p[i + 1];
      }
    }
    String name = id.isEmpty() ? "" : leaf(id);
    String tenant =
        all.stream()
            .filter(i -> name.equals(i.name()) && !i.existing())
            .map(i -> i.scope().tenant())
            .findFirst()
            .orElse(pe.scope().tenant());
    return new Scope(tenant, sub, rg);
  }

  /**
   * The path below the account of a storage child other than a blob container (a queue, table,
   * share or service), {@code queueServices/default/queues/q1}: a grant there reaches only that
   * child, never the account's keys. A name without its parents keeps the type path and its leaf.
   */
  private static String childPath(Instance target) {
    String[] types =
        target.type().substring("Microsoft.Storage/storageAccounts/".length()).split("/");
    String[] names = target.name().split("/");
    if (names.length != types.length + 1) {
      return String.join("/", types) + "/" + names[names.length - 1];
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < types.length; i++) {
      b.append(i == 0 ? "" : "/").append(types[i]).append('/').append(names[i + 1]);
    }
    return b.toString();
  }

  /**
   * The account of a container; a container declared by its full type without a parent names none,
   * so it is kept under a placeholder account and the grant (a key-granting role in it) is judged.
   */
  private String containerAccount(Instance ra, Instance target) {
    int slash = target.name().indexOf('/');
    if (slash >= 0) {
      return target.name().substring(0, slash);
    }
    unresolved.add(
        "role assignment at "
            + ra.where()
            + ": the storage account of container "
            + target.name()
            + " is not known statically");
    return "<account of container " + target.name() + ">";
  }

  private static final Map<String, String> SERVICE_KINDS =
      Map.of(
          "microsoft.containerregistry/registries", "registry",
          "microsoft.machinelearningservices/workspaces", "workspace",
          "microsoft.containerservice/managedclusters", "aks",
          "microsoft.keyvault/vaults", "vault",
          "microsoft.compute/virtualmachines", "vm",
          "microsoft.network/networkinterfaces", "nic",
          "microsoft.network/bastionhosts", "bastion",
          "microsoft.network/virtualnetworks/subnets", "subnet");

  /** A person or group's label in the manifest's plan (its display name), else its object id. */
  private String personLabel(String objectId) {
    return intent
        .flatMap(
            p ->
                java.util.stream.Stream.concat(p.grants().stream(), p.serviceGrants().stream())
                    .filter(g -> g.principalObjectId().equalsIgnoreCase(objectId))
                    .map(RoleGrant::principal)
                    .findFirst())
        .orElse(objectId);
  }

  /** destinationPortRange, or destinationPortRanges joined with commas as the plan writes them. */
  private static String ports(Value.Obj rp) {
    if (rp.get("destinationPortRanges") instanceof Value.Arr arr) {
      return String.join(
          ",", arr.items().stream().map(v -> String.valueOf(Value.text(v))).toList());
    }
    return String.valueOf(Value.text(rp.get("destinationPortRange")));
  }

  private static final java.util.regex.Pattern GUID =
      java.util.regex.Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * The role definition GUID a role assignment names, or empty: the last segment of its
   * roleDefinitionId when that segment is known, however the prefix is built (an unknown
   * subscription, resourceId(...), an interpolation).
   */
  static String roleGuid(Instance ra) {
    String roleDef = Value.shape(ra.prop("properties", "roleDefinitionId"));
    if (roleDef == null || roleDef.isEmpty()) {
      return "";
    }
    String last = leaf(roleDef);
    if (GUID.matcher(last).matches()) {
      return last.toLowerCase(Locale.ROOT);
    }
    return Value.text(ra.prop("properties", "roleDefinitionId")) == null ? "" : last;
  }

  /** A built-in role's name, else the GUID, else "(unknown role)". */
  private static String roleName(String guid) {
    return BuiltInRoles.byGuid(guid)
        .map(BuiltInRoles.Role::name)
        .orElse(guid.isEmpty() ? "(unknown role)" : guid);
  }

  /**
   * A resource id as far as it is known: its text, else its placeholder ({@code <account@x:5>}),
   * else {@code <unresolved>}; never {@code null}.
   */
  private static String shapeOrUnresolved(Value id) {
    String s = Value.shape(id);
    return s == null ? "<unresolved>" : s;
  }

  private static String leafOrUnknown(Value id) {
    String s = Value.text(id);
    return s == null ? "(unresolved)" : s.substring(s.lastIndexOf('/') + 1);
  }

  /** The first key deployed in a vault, or empty. */
  private String keyOf(String vault) {
    return of("Microsoft.KeyVault/vaults/keys").stream()
        .map(Instance::name)
        .filter(k -> k.startsWith(vault + "/"))
        .map(k -> k.substring(vault.length() + 1))
        .findFirst()
        .orElse("");
  }

  /**
   * A partner bundle takes the federated app's object id as a parameter named exactly after the app
   * ({@code <app symbol>ObjectId}); any other parameter stays an unresolved principal.
   */
  private Optional<String> principalFromParameter(Instance ra, Value principal) {
    if (!(principal instanceof Value.Unknown u) || !u.why().startsWith("parameter ")) {
      return Optional.empty();
    }
    String param = u.why().substring("parameter ".length()).split(" ")[0];
    return intent.flatMap(
        p ->
            p.federations().stream()
                .filter(f -> f.partnerTenant().equals(ra.scope().tenant()))
                .map(io.flgen.plan.FederationPlan::appName)
                .filter(app -> io.flgen.render.Bicep.symbol(app, "objectId").equals(param))
                .findFirst());
  }

  /** Role assignments above storage scope (resource group, subscription): listed, never dropped. */
  final List<String> broadGrants = new ArrayList<>();

  /** What a reviewed account holds: the workspace's artifacts, the exchange, or a silo's data. */
  private static StorageRole role(boolean workspace, boolean exchange, Party owner) {
    if (workspace) {
      return StorageRole.WORKSPACE;
    }
    if (exchange) {
      return StorageRole.EXCHANGE;
    }
    return owner.silo() ? StorageRole.SILO : StorageRole.UNKNOWN;
  }
}
