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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds a {@link Plan} from the evaluated resource instances of a folder. Security-relevant facts
 * (storage settings and exposure, role assignments, identities, computes, vaults, registry,
 * workspace, networks, endpoints, zones, AKS) come from the Bicep. What Bicep cannot say (which
 * party owns a resource, the stage, data sensitivity, the pipeline intent) comes from the plan
 * re-built from the topology recorded in the manifest, when there is one.
 */
final class Derive {
  private final List<Instance> all;
  private final Optional<Plan> intent;
  private final Map<String, String> owners;
  final Map<String, Site> sources = new LinkedHashMap<>();
  final List<String> unresolved;

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

  /**
   * Outputs of the entry files, set by the review: name, and the property or function they read.
   */
  List<OutputPlan> outputs = List.of();

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

  /** The owner of a role assignment's principal: the identity's owner when it is traced to one. */
  private Party principalParty(String principalId, String principal) {
    return principalId.startsWith(Review.PRINCIPAL)
        ? Review.principalIdentity(principalId)
            .map(this::identityParty)
            .orElseGet(() -> party(principal))
        : party(principal);
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

  /**
   * Where a finding comes from: a role assignment the message names (principal and account), the
   * declaration of its target (or of the resource a child name such as vnet/subnet belongs to), of
   * its origin, or of the first resource the message mentions.
   */
  /** Separates the parts of a grant's source key; placeholder names hold ':' and '/'. */
  private static final String SEP = "\u0000";

  Site locate(String target, String origin, String message) {
    for (var e : sources.entrySet()) {
      if (e.getKey().startsWith("grant:")) {
        String[] k = e.getKey().substring(6).split(SEP, 3);
        String account = k[1].contains("/") ? k[1].substring(0, k[1].indexOf('/')) : k[1];
        if (message.contains(k[0]) && message.contains(account) && message.contains(k[2])) {
          return e.getValue();
        }
      }
    }
    for (String key :
        List.of(
            target,
            target.contains("/") ? target.substring(0, target.indexOf('/')) : target,
            origin)) {
      if (sources.containsKey(key)) {
        return sources.get(key);
      }
    }
    return firstSource(message);
  }

  /** The first source whose resource name the message mentions; the folder when none does. */
  Site firstSource(String message) {
    return sources.entrySet().stream()
        .filter(e -> !e.getKey().startsWith("grant:") && message.contains(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(Site.FOLDER);
  }

  private void source(String name, Instance i) {
    sources.putIfAbsent(name, Site.of(i));
  }

  Plan plan() {
    // identities
    List<IdentityPlan> identities = new ArrayList<>();
    for (Instance i : of("Microsoft.ManagedIdentity/userAssignedIdentities")) {
      ResourceRef ref = ResourceRef.identity(scope(i), i.name());
      if (identities.stream().noneMatch(x -> x.id().equals(ref))) {
        identities.add(
            new IdentityPlan(
                i.name(), identityParty(ref), scope(i), i.str("location"), origin(i.name())));
        source(i.name(), i);
      }
    }
    // storage accounts: a deployed account wins over an existing reference of the same name
    Map<String, Instance> accounts = new LinkedHashMap<>();
    for (Instance i : of("Microsoft.Storage/storageAccounts")) {
      Instance prev = accounts.get(i.name());
      if (prev == null || (prev.existing() && !i.existing())) {
        accounts.put(i.name(), i);
      }
    }
    List<PrivateEndpointPlan> endpoints = new ArrayList<>();
    List<VnetPlan> vnets = vnets();
    Map<String, VnetPlan> vnetById = new HashMap<>();
    for (VnetPlan v : vnets) {
      for (Instance i : of("Microsoft.Network/virtualNetworks")) {
        if (i.name().equals(v.name())) {
          vnetById.put(i.id().toLowerCase(java.util.Locale.ROOT), v);
        }
      }
    }
    Map<String, String> zoneNameById = new HashMap<>();
    for (Instance z : of("Microsoft.Network/privateDnsZones")) {
      zoneNameById.put(z.id().toLowerCase(java.util.Locale.ROOT), z.name());
    }
    for (Instance pe : of("Microsoft.Network/privateEndpoints")) {
      endpoints.add(endpoint(pe, vnetById, zoneNameById));
    }
    List<StoragePlan> storages = new ArrayList<>();
    for (Instance a : accounts.values()) {
      storages.add(storage(a, endpoints));
      source(a.name(), a);
    }
    // role assignments
    List<RoleGrant> grants = new ArrayList<>();
    List<RoleGrant> serviceGrants = new ArrayList<>();
    for (Instance ra : of("Microsoft.Authorization/roleAssignments")) {
      grant(ra, accounts)
          .ifPresent(g -> (g.targetKind().equals("storage") ? grants : serviceGrants).add(g));
    }
    // workspace, registry, vaults
    Optional<Instance> wsI =
        of("Microsoft.MachineLearningServices/workspaces").stream()
            .filter(i -> !i.existing())
            .findFirst();
    WorkspacePlan ws =
        wsI.map(this::workspace)
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
    Optional<Instance> regI =
        of("Microsoft.ContainerRegistry/registries").stream()
            .filter(i -> !i.existing())
            .findFirst();
    RegistryPlan registry =
        regI.map(
                r -> {
                  source(r.name(), r);
                  return new RegistryPlan(
                      r.name(),
                      scope(r),
                      r.str("location"),
                      r.str("sku", "name"),
                      r.bool(true, "properties", "adminUserEnabled"),
                      r.bool(false, "properties", "anonymousPullEnabled"),
                      !"Disabled".equals(r.str("properties", "publicNetworkAccess")),
                      origin(r.name()));
                })
            .orElse(
                new RegistryPlan(
                    "", new Scope(Scope.HOME, "", ""), "", "", false, false, false, ""));
    List<KeyVaultPlan> vaults = new ArrayList<>();
    for (Instance v : of("Microsoft.KeyVault/vaults")) {
      if (v.existing()) {
        continue;
      }
      source(v.name(), v);
      boolean wsVault = ws.keyVault().equals(v.name());
      Value days = v.prop("properties", "softDeleteRetentionInDays");
      vaults.add(
          new KeyVaultPlan(
              v.name(),
              wsVault ? KeyVaultPlan.Purpose.WORKSPACE : KeyVaultPlan.Purpose.CONFIDENTIALITY,
              scope(v),
              v.str("location"),
              v.bool(false, "properties", "enableRbacAuthorization"),
              v.bool(false, "properties", "enablePurgeProtection"),
              days instanceof Value.Num n ? (int) n.v() : 90,
              publicVault(v),
              origin(v.name()),
              keyOf(v.name())));
    }
    // computes
    List<ComputePlan> computes = new ArrayList<>();
    for (Instance c : of("Microsoft.MachineLearningServices/workspaces/computes")) {
      if (!"AmlCompute".equals(c.str("properties", "computeType"))) {
        continue;
      }
      String name = leaf(c.name());
      source(name, c);
      String identity = identityOf(c);
      String subnet =
          c.prop("properties", "properties", "subnet") instanceof Value.Obj so
              ? Value.text(so.get("id"))
              : null;
      VnetPlan vnet =
          subnet == null
              ? null
              : vnetById.get(
                  subnet.toLowerCase(java.util.Locale.ROOT).replaceAll("/subnets/.*", ""));
      Value min = c.prop("properties", "properties", "scaleSettings", "minNodeCount");
      Value max = c.prop("properties", "properties", "scaleSettings", "maxNodeCount");
      computes.add(
          new ComputePlan(
              name,
              party(name),
              c.str("location"),
              c.str("properties", "properties", "vmSize"),
              min instanceof Value.Num n ? (int) n.v() : 0,
              max instanceof Value.Num n2 ? (int) n2.v() : 0,
              identity,
              vnet,
              c.bool(true, "properties", "properties", "enableNodePublicIp"),
              !"Disabled".equals(c.str("properties", "properties", "remoteLoginPortPublicAccess")),
              !c.bool(false, "properties", "disableLocalAuth"),
              origin(name),
              List.of("?")));
    }
    // AKS
    List<AksPlan> aks = new ArrayList<>();
    for (Instance k : of("Microsoft.ContainerService/managedClusters")) {
      if (k.existing()) {
        continue; // a role assignment's reference to the cluster, not the cluster
      }
      source(k.name(), k);
      List<String> ranges = new ArrayList<>();
      if (k.prop("properties", "apiServerAccessProfile", "authorizedIPRanges")
          instanceof Value.Arr arr) {
        arr.items().forEach(x -> ranges.add(Value.text(x) == null ? "?" : Value.text(x)));
      }
      aks.add(
          new AksPlan(
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
              k.bool(
                  true, "properties", "apiServerAccessProfile", "enablePrivateClusterPublicFQDN"),
              k.prop("properties", "aadProfile", "adminGroupObjectIDs") instanceof Value.Arr ag
                      && !ag.items().isEmpty()
                      && Value.text(ag.items().get(0)) != null
                  ? Value.text(ag.items().get(0))
                  : ""));
    }
    List<PeeringPlan> peerings = new ArrayList<>();
    for (Instance p : of("Microsoft.Network/virtualNetworks/virtualNetworkPeerings")) {
      String localName = p.name().substring(0, p.name().indexOf('/'));
      VnetPlan local =
          vnets.stream().filter(v -> v.name().equals(localName)).findFirst().orElse(null);
      String remoteId = p.str("properties", "remoteVirtualNetwork", "id");
      VnetPlan remote = vnetById.get(remoteId.toLowerCase(java.util.Locale.ROOT));
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
    List<DnsZonePlan> zones = new ArrayList<>();
    for (Instance z : of("Microsoft.Network/privateDnsZones")) {
      source(z.name(), z);
      List<VnetPlan> links = new ArrayList<>();
      for (Instance l : of("Microsoft.Network/privateDnsZones/virtualNetworkLinks")) {
        if (l.name().startsWith(z.name() + "/")) {
          VnetPlan v = linkedVnet(l, vnetById);
          if (!v.name().equals("(unknown)") && !links.contains(v)) {
            links.add(v);
          }
        }
      }
      zones.add(new DnsZonePlan(z.name(), scope(z), "", links));
    }
    List<OutputPlan> outputs = new ArrayList<>(this.outputs);
    Map<String, Party> computeOwners = new HashMap<>();
    computes.forEach(c -> computeOwners.put(c.name(), c.owner()));
    intent.ifPresent(
        p -> p.kubernetes().forEach(k -> computeOwners.putIfAbsent(k.computeName(), k.owner())));
    for (Instance c : of("Microsoft.MachineLearningServices/workspaces/computes")) {
      computeOwners.putIfAbsent(leaf(c.name()), party(leaf(c.name())));
    }
    List<io.flgen.plan.DatastorePlan> datastores =
        PipelineReader.datastores(
            files,
            PipelineReader.owners(intent.map(Plan::datastores).orElse(List.of())),
            unresolved);
    Optional<io.flgen.plan.PipelinePlan> pipeline =
        PipelineReader.pipeline(files, computeOwners, datastores, intent, unresolved);
    Plan base = intent.orElse(null);
    return new Plan(
        intent.map(Plan::context).orElseGet(PlanContext::reviewed),
        base == null ? new io.flgen.plan.Names("rev", "reviewed", "") : base.names(),
        base == null ? new Scope(Scope.HOME, "", "") : base.home(),
        distinctScopes(),
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
        grants,
        serviceGrants,
        existingOnly(),
        wayIn(vnets, vnetById),
        datastores,
        pipeline.orElse(new io.flgen.plan.PipelinePlan("", "", List.of(), List.of())),
        outputs,
        base == null ? List.of() : base.kubernetes(),
        base == null ? List.of() : base.federations());
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
  private Optional<io.flgen.plan.WayInPlan> wayIn(
      List<VnetPlan> vnets, Map<String, VnetPlan> vnetById) {
    for (Instance b : of("Microsoft.Network/bastionHosts")) {
      if (b.prop("properties", "ipConfigurations") instanceof Value.Arr arr
          && !arr.items().isEmpty()
          && arr.items().get(0) instanceof Value.Obj cfg
          && cfg.get("properties") instanceof Value.Obj p
          && p.get("subnet") instanceof Value.Obj s
          && Value.text(s.get("id")) != null) {
        VnetPlan hub =
            vnetById.get(
                Value.text(s.get("id"))
                    .toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("/subnets/.*", ""));
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
  private VnetPlan linkedVnet(Instance link, Map<String, VnetPlan> vnetById) {
    String id = link.str("properties", "virtualNetwork", "id");
    return vnetById.getOrDefault(id.toLowerCase(java.util.Locale.ROOT), referencedVnet(id, link));
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

  private String identityOf(Instance c) {
    if (c.prop("identity", "userAssignedIdentities") instanceof Value.Obj ids) {
      for (String id : ids.fields().keySet()) {
        return leaf(id);
      }
    }
    return "";
  }

  private WorkspacePlan workspace(Instance w) {
    source(w.name(), w);
    String storageId = w.str("properties", "storageAccount");
    String kvId = w.str("properties", "keyVault");
    String acrId = w.str("properties", "containerRegistry");
    return new WorkspacePlan(
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
        w.str("properties", "imageBuildCompute"));
  }

  /** The security groups by resource id; each is where a finding about its rules is fixed. */
  private Map<String, Instance> nsgsById() {
    Map<String, Instance> out = new HashMap<>();
    for (Instance n : of("Microsoft.Network/networkSecurityGroups")) {
      out.put(n.id().toLowerCase(java.util.Locale.ROOT), n);
      source(n.name(), n);
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
      source(v.name(), v);
      List<SubnetPlan> subnets = new ArrayList<>();
      if (v.prop("properties", "subnets") instanceof Value.Arr arr) {
        for (Value s : arr.items()) {
          if (!(s instanceof Value.Obj so)) {
            continue;
          }
          String name = Value.text(so.get("name"));
          Value props = so.get("properties");
          String prefix =
              props instanceof Value.Obj po ? Value.text(po.get("addressPrefix")) : null;
          String nsgId =
              props instanceof Value.Obj po2
                      && po2.get("networkSecurityGroup") instanceof Value.Obj no
                  ? Value.text(no.get("id"))
                  : null;
          Instance nsg =
              nsgId == null ? null : nsgById.get(nsgId.toLowerCase(java.util.Locale.ROOT));
          List<NsgRulePlan> rules = new ArrayList<>();
          if (nsg != null && nsg.prop("properties", "securityRules") instanceof Value.Arr ra) {
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
          boolean outbound =
              !(props instanceof Value.Obj po3
                  && po3.get("defaultOutboundAccess") instanceof Value.Bool b
                  && !b.v());
          String nat =
              props instanceof Value.Obj po4 && po4.get("natGateway") instanceof Value.Obj ng
                  ? leafOrUnknown(ng.get("id"))
                  : "";
          String rt =
              props instanceof Value.Obj po5 && po5.get("routeTable") instanceof Value.Obj rto
                  ? leafOrUnknown(rto.get("id"))
                  : "";
          subnets.add(
              new SubnetPlan(
                  name == null ? "?" : name,
                  prefix == null ? "?" : prefix,
                  nsg == null ? "" : nsg.name(),
                  name != null && name.contains("private-endpoint"),
                  outbound,
                  rules,
                  nat,
                  "",
                  rt));
        }
      }
      String space =
          v.prop("properties", "addressSpace", "addressPrefixes") instanceof Value.Arr ap
                  && !ap.items().isEmpty()
              ? String.valueOf(Value.text(ap.items().get(0)))
              : "?";
      out.add(
          new VnetPlan(
              v.name(),
              party(v.name()),
              scope(v),
              v.str("location"),
              space,
              subnets,
              origin(v.name())));
    }
    return out;
  }

  private PrivateEndpointPlan endpoint(
      Instance pe, Map<String, VnetPlan> vnetById, Map<String, String> zoneNameById) {
    source(pe.name(), pe);
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
    String subnetId = pe.str("properties", "subnet", "id").toLowerCase(java.util.Locale.ROOT);
    VnetPlan vnet = vnetById.get(subnetId.replaceAll("/subnets/.*", ""));
    List<String> zones = new ArrayList<>();
    for (Instance g : of("Microsoft.Network/privateEndpoints/privateDnsZoneGroups")) {
      if (g.name().startsWith(pe.name() + "/")
          && g.prop("properties", "privateDnsZoneConfigs") instanceof Value.Arr cfgs) {
        for (Value cfg : cfgs.items()) {
          if (cfg instanceof Value.Obj co && co.get("properties") instanceof Value.Obj cop) {
            String id = shapeOrUnresolved(cop.get("privateDnsZoneId"));
            zones.add(zoneNameById.getOrDefault(id.toLowerCase(java.util.Locale.ROOT), leaf(id)));
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
    return new PrivateEndpointPlan(
        pe.name(),
        party(pe.name()),
        kind,
        target.isEmpty() ? "" : leaf(target),
        targetScope,
        group,
        vnet,
        zones,
        manual);
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

  private StoragePlan storage(Instance a, List<PrivateEndpointPlan> endpoints) {
    Party owner = party(a.name());
    boolean exchange =
        all.stream()
            .anyMatch(
                i ->
                    i.type().endsWith("blobServices/containers")
                        && i.name() != null
                        && i.name().startsWith(a.name() + "/")
                        && leaf(i.name()).startsWith("updates-"));
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
      boolean publicAccess = !hasEndpoint;
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
          new Exposure(publicAccess, hasEndpoint, hasEndpoint),
          StorageSettings.HARDENED,
          0,
          containers,
          a.name());
    }
    String sku = a.str("sku", "name");
    Value soft =
        all.stream()
            .filter(
                i ->
                    i.type().endsWith("storageAccounts/blobServices")
                        && (a.name() + "/default").equals(i.name()))
            .findFirst()
            .map(b -> b.prop("properties", "deleteRetentionPolicy"))
            .orElse(new Value.Null());
    int days =
        soft instanceof Value.Obj so
                && so.get("enabled") instanceof Value.Bool en
                && en.v()
                && so.get("days") instanceof Value.Num d
            ? (int) d.v()
            : 0;
    String containerAccess =
        all.stream()
            .filter(
                i ->
                    i.type().endsWith("blobServices/containers")
                        && i.name() != null
                        && i.name().startsWith(a.name() + "/"))
            .map(i -> i.str("properties", "publicAccess"))
            .filter(s -> !s.isEmpty() && !s.equals("None"))
            .findFirst()
            .orElse("None");
    StorageSettings settings =
        new StorageSettings(
            a.str("properties", "minimumTlsVersion"),
            a.bool(true, "properties", "allowSharedKeyAccess"),
            a.bool(false, "properties", "allowBlobPublicAccess"),
            a.bool(false, "properties", "allowCrossTenantReplication"),
            a.bool(true, "properties", "supportsHttpsTrafficOnly"),
            a.bool(false, "properties", "defaultToOAuthAuthentication"),
            containerAccess);
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
        settings,
        days,
        containers,
        origin(a.name()));
  }

  private Optional<RoleGrant> grant(Instance ra, Map<String, Instance> accounts) {
    String roleDef0 = roleGuid(ra);
    String role0 = roleName(roleDef0);
    if (ra.extensionScope().isEmpty()) {
      String where =
          ra.scope().rg() != null
              ? "resource group " + ra.scope().rg()
              : "subscription " + ra.scope().sub();
      String p0 = ra.str("properties", "principalId");
      broadGrants.add(
          role0
              + " at "
              + where
              + " for "
              + (p0.startsWith(Review.PRINCIPAL)
                  ? Review.principalName(p0)
                  : "an unresolved principal")
              + " ("
              + ra.where()
              + "): covers every storage account in that scope"
              + (BuiltInRoles.byGuid(roleDef0).map(BuiltInRoles.Role::grantsKeys).orElse(false)
                  ? ", including their keys"
                  : ""));
      return Optional.empty();
    }
    Instance target = ra.extensionScope().get();
    String account;
    String container = "";
    String kind = SERVICE_KINDS.get(target.type().toLowerCase(java.util.Locale.ROOT));
    if (kind != null) {
      return Optional.of(serviceGrant(ra, target, kind));
    }
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
              + role0
              + " at "
              + ra.where()
              + " on a "
              + target.type()
              + ": not a data store flgen maps");
      return Optional.empty();
    }
    String guid = roleGuid(ra);
    String roleName = roleName(guid);
    String principalId = ra.str("properties", "principalId");
    String principalType = ra.str("properties", "principalType");
    boolean person =
        ("Group".equals(principalType) || "User".equals(principalType))
            && !principalId.isEmpty()
            && !principalId.startsWith(Review.PRINCIPAL);
    String principal;
    if (principalId.startsWith(Review.PRINCIPAL)) {
      principal = Review.principalName(principalId);
    } else if (person) {
      principal = personLabel(principalId);
    } else {
      principal =
          principalFromParameter(ra, ra.prop("properties", "principalId"))
              .orElse("(unresolved principal)");
      if (principal.equals("(unresolved principal)")) {
        unresolved.add(
            "role assignment "
                + roleName
                + " on "
                + account
                + (container.isEmpty() ? "" : "/" + container)
                + " at "
                + ra.where()
                + ": the principal is a deployment parameter");
      }
    }
    Party owner = principalParty(principalId, principal);
    String access =
        roleName.contains("Reader")
            ? "read"
            : roleName.contains("Contributor") || roleName.contains("Owner")
                ? "read-write"
                : "other";
    Instance acc = accounts.get(account);
    Scope sc = acc == null ? scope(target) : scope(acc);
    sources.putIfAbsent(
        "grant:" + principal + SEP + account + "/" + container + SEP + roleName, Site.of(ra));
    return Optional.of(
        person
            ? new RoleGrant(
                principal,
                owner,
                roleName,
                guid,
                "storage",
                account,
                container,
                access,
                sc,
                "from " + ra.where(),
                principalType,
                principalId)
            : new RoleGrant(
                principal,
                owner,
                roleName,
                guid,
                "storage",
                account,
                container,
                access,
                sc,
                "from " + ra.where()));
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

  /**
   * A role assignment on a registry, workspace, cluster, vault, VM, NIC, Bastion or subnet: a
   * service grant.
   */
  private RoleGrant serviceGrant(Instance ra, Instance target, String kind) {
    String guid = roleGuid(ra);
    String roleName = roleName(guid);
    String principalId = ra.str("properties", "principalId");
    String type = ra.str("properties", "principalType");
    boolean person = "Group".equals(type) || "User".equals(type);
    String principal =
        principalId.startsWith(Review.PRINCIPAL)
            ? Review.principalName(principalId)
            : person ? personLabel(principalId) : "(unresolved principal)";
    if (principal.equals("(unresolved principal)")) {
      unresolved.add(
          "role assignment "
              + roleName
              + " on "
              + target.name()
              + " at "
              + ra.where()
              + ": the principal is a deployment parameter");
    }
    sources.putIfAbsent("grant:" + principal + SEP + target.name() + SEP + roleName, Site.of(ra));
    return new RoleGrant(
        principal,
        principalParty(principalId, principal),
        roleName,
        guid,
        kind,
        target.name(),
        "",
        "other",
        scope(target),
        "from " + ra.where(),
        person ? type : RoleGrant.SERVICE_PRINCIPAL,
        person ? principalId : "");
  }

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
      return last.toLowerCase(java.util.Locale.ROOT);
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
