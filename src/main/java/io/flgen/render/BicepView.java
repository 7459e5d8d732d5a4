package io.flgen.render;

import io.flgen.plan.AksPlan;
import io.flgen.plan.ComputePlan;
import io.flgen.plan.DnsZonePlan;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.KeyVaultPlan;
import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.NsgRulePlan;
import io.flgen.plan.OutputPlan;
import io.flgen.plan.Party;
import io.flgen.plan.PeeringPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.PrivateEndpointPlan;
import io.flgen.plan.ResourceRef;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.Scope;
import io.flgen.plan.SiloPlan;
import io.flgen.plan.StoragePlan;
import io.flgen.plan.StorageRole;
import io.flgen.plan.SubnetPlan;
import io.flgen.plan.VnetPlan;
import io.flgen.render.MainView.Call;
import io.flgen.render.MainView.Obj;
import io.flgen.render.MainView.Output;
import io.flgen.render.MainView.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the view of {@code infra/main.bicep}: the module calls in dependency order, each with its
 * scope, literal or expression parameters and dependencies. All decisions are taken here, from the
 * plan; the template only prints.
 */
final class BicepView {
  private final Plan plan;
  private final List<Call> modules = new ArrayList<>();
  private final List<Output> outputs = new ArrayList<>();
  private final Map<Scope, String> rgSymbols = new HashMap<>();
  private final Map<ResourceRef, String> identitySymbols = new HashMap<>();

  /** An AKS cluster's system-assigned identity: its module outputs the principal id. */
  private final Map<String, String> clusterIdentitySymbols = new HashMap<>();

  private final Map<String, String> storageSymbols = new HashMap<>();
  private final Map<String, String> vnetSymbols = new HashMap<>();
  private final Map<String, String> zoneSymbols = new HashMap<>();
  private final Map<String, String> endpointSymbols = new HashMap<>();
  private final Map<String, String> aksSymbols = new HashMap<>();
  private static final String WS = "workspace";
  private static final String CONFIDENTIALITY_VAULT = "confidentialityVault";

  /** The parameter that gates private endpoints into partner tenants (their targets come later). */
  public static final String CROSS_TENANT_SWITCH = "deployCrossTenantEndpoints";

  /** The parameter that attaches the Kubernetes computes, once their namespaces exist. */
  public static final String KUBERNETES_SWITCH = "attachKubernetesComputes";

  private String pendingCondition;

  /** Grant modules written so far: each grant's symbol and deployment name count on. */
  private int grants;

  private final java.util.Set<String> usedSymbols = new java.util.HashSet<>();

  /**
   * A symbol no other module or output of main.bicep uses: names that differ only in '-' and '_'
   * (rg-x, rg_x) map to the same camelCase symbol, so later ones get a numeric suffix.
   */
  private String unique(String sym) {
    String s = sym;
    for (int i = 2; !usedSymbols.add(s); i++) {
      s = sym + i;
    }
    return s;
  }

  private BicepView(Plan plan) {
    this.plan = plan;
  }

  static MainView build(Plan plan) {
    return new BicepView(plan).run();
  }

  private MainView run() {
    resourceGroupModules();
    identityModules();
    vnetModules();
    peeringModules();
    storageModules();
    workspaceModules();
    keyVaultModules();
    dnsZoneModules();
    endpointModules();
    computeModules();
    kubernetesModules();
    storageGrantModules();
    serviceGrantModules();
    outputs();
    return view();
  }

  /** The resource groups, first the orchestrator's, each at subscription scope. */
  private void resourceGroupModules() {
    for (int i = 0; i < plan.resourceGroups().size(); i++) {
      Scope s = plan.resourceGroups().get(i);
      String sym = unique(i == 0 ? "rgOrchestrator" : Bicep.symbol("rg", s.resourceGroup()));
      rgSymbols.put(s, sym);
      String region = i == 0 ? plan.workspace().region() : regionOf(s);
      add(ModuleCalls.resourceGroup(sym, i, s, region));
    }
  }

  /** One user-assigned identity per party. */
  private void identityModules() {
    for (IdentityPlan id : plan.identities()) {
      String sym = unique(Bicep.symbol("identity", id.owner().key()));
      identitySymbols.put(id.id(), sym);
      rgModule(
          sym,
          "identity",
          "identity-" + id.owner().key(),
          id.scope(),
          Args.located(id.name(), id.region()),
          List.of(),
          "Identity of " + id.owner().key());
    }
  }

  /** The VNets with their subnets and NSGs. */
  private void vnetModules() {
    for (VnetPlan v : plan.vnets()) {
      String sym = unique(Bicep.symbol("network", v.owner().key()));
      vnetSymbols.put(v.name(), sym);
      rgModule(
          sym,
          "network",
          "network-" + v.owner().key(),
          v.scope(),
          Args.located(v.name(), v.region())
              .text("addressPrefix", v.addressSpace())
              .text("computeSubnetPrefix", v.computeSubnet().prefix())
              .text("privateEndpointSubnetPrefix", v.privateEndpointSubnet().prefix())
              .text("computeNsgName", v.computeSubnet().nsg())
              .text("privateEndpointNsgName", v.privateEndpointSubnet().nsg())
              .array("computeNsgRules", nsgRules(v.computeSubnet()))
              .array("privateEndpointNsgRules", nsgRules(v.privateEndpointSubnet()))
              .flag("computeDefaultOutboundAccess", v.computeSubnet().defaultOutboundAccess())
              .flag(
                  "privateEndpointDefaultOutboundAccess",
                  v.privateEndpointSubnet().defaultOutboundAccess())
              .text("natGatewayName", v.computeSubnet().natGateway())
              .text("natPublicIpName", v.computeSubnet().natPublicIp())
              .text(
                  "bastionSubnetPrefix",
                  subnet(v, "AzureBastionSubnet").map(SubnetPlan::prefix).orElse(""))
              .text(
                  "jumpboxSubnetPrefix",
                  subnet(v, "snet-jumpbox").map(SubnetPlan::prefix).orElse(""))
              .text("jumpboxNsgName", subnet(v, "snet-jumpbox").map(SubnetPlan::nsg).orElse("")),
          List.of(),
          "Address plan of " + v.owner().key());
    }
  }

  /** The VNet peerings. */
  private void peeringModules() {
    int pi = 0;
    for (PeeringPlan p : plan.peerings()) {
      pi++;
      rgModule(
          "peering" + pi,
          "peering",
          "peering-" + pi,
          p.local().scope(),
          Args.of()
              .expr("vnetName", vnetSymbols.get(p.local().name()) + ".outputs.name")
              .text("name", p.name())
              .expr("remoteVnetId", vnetSymbols.get(p.remote().name()) + ".outputs.id")
              .flag("allowForwardedTraffic", p.allowForwardedTraffic())
              .flag("allowGatewayTransit", p.allowGatewayTransit()),
          List.of(),
          "Peering " + p.local().name() + " -> " + p.remote().name());
    }
  }

  /** The storage accounts. */
  private void storageModules() {
    for (StoragePlan s : plan.storages()) {
      if (s.existing() || !s.scope().isHome()) {
        continue; // existing accounts are never modified; partner-tenant accounts go in their
        // tenant's bundle
      }
      String sym =
          unique(
              Bicep.symbol(
                  "storage", s.role() == StorageRole.SILO ? s.owner().key() : s.role().yamlName()));
      storageSymbols.put(s.name(), sym);
      rgModule(
          sym,
          "storage",
          "storage-" + s.name(),
          s.scope(),
          ModuleCalls.storage(s),
          List.of(),
          "Storage (" + s.role().yamlName() + ") of " + s.owner().key());
    }
  }

  /** The workspace with its Key Vault and registry. */
  private void workspaceModules() {
    var ws = plan.workspace();
    var reg = plan.registry();
    KeyVaultPlan wsVault =
        plan.keyVaults().stream()
            .filter(k -> k.name().equals(ws.keyVault()))
            .findFirst()
            .orElseThrow();
    rgModule(
        WS,
        "workspace",
        "workspace",
        ws.scope(),
        Args.located(ws.name(), ws.region())
            .expr("storageAccountId", storageSymbols.get(ws.storage()) + ".outputs.id")
            .text("keyVaultName", wsVault.name())
            .text("registryName", reg.name())
            .text("registrySku", reg.sku())
            .flag("registryAdminUserEnabled", reg.adminUserEnabled())
            .flag("registryAnonymousPullEnabled", reg.anonymousPullEnabled())
            .enabled("registryPublicNetworkAccess", reg.publicNetworkAccess())
            .flag("keyVaultRbacAuthorization", wsVault.rbacAuthorization())
            .flag("keyVaultPurgeProtection", wsVault.purgeProtection())
            .number("keyVaultSoftDeleteDays", wsVault.softDeleteDays())
            .enabled("keyVaultPublicNetworkAccess", wsVault.publicNetworkAccess())
            .flag("hbi", ws.hbi())
            .enabled("publicNetworkAccess", ws.publicNetworkAccess())
            .text("systemDatastoresAuthMode", ws.systemDatastoresAuthMode())
            .flag("v1LegacyMode", ws.v1LegacyMode())
            .text("imageBuildCompute", ws.imageBuildCompute()),
        List.of(),
        "Orchestrator workspace, with its Key Vault and container registry");
  }

  /** The Key Vaults other than the workspace's (the confidentiality vault). */
  private void keyVaultModules() {
    var ws = plan.workspace();
    for (KeyVaultPlan kv : plan.keyVaults()) {
      if (kv.name().equals(ws.keyVault())) {
        continue;
      }
      rgModule(
          CONFIDENTIALITY_VAULT,
          "key-vault",
          "key-vault",
          kv.scope(),
          Args.located(kv.name(), kv.region())
              .number("softDeleteDays", kv.softDeleteDays())
              .flag("rbacAuthorization", kv.rbacAuthorization())
              .flag("purgeProtection", kv.purgeProtection())
              .enabled("publicNetworkAccess", kv.publicNetworkAccess())
              .text("keyName", kv.keyName()),
          List.of(),
          "Confidentiality Key Vault");
    }
  }

  /** The private DNS zones flgen creates. */
  private void dnsZoneModules() {
    int zi = 0;
    for (DnsZonePlan z : plan.dnsZones()) {
      if (!z.existingId().isEmpty()) {
        zoneSymbols.put(z.zone(), Bicep.string(z.existingId()));
        continue;
      }
      zi++;
      String sym = "dnsZone" + zi;
      zoneSymbols.put(z.zone(), sym + ".outputs.id");
      List<Obj> links = new ArrayList<>();
      for (VnetPlan v : z.links()) {
        links.add(
            Args.of()
                .text("name", v.name())
                .expr("id", vnetSymbols.get(v.name()) + ".outputs.id")
                .object());
      }
      rgModule(
          sym,
          "private-dns-zone",
          "dns-" + zi,
          z.scope(),
          Args.of().text("zoneName", z.zone()).expr("tags", "tags").array("vnets", links),
          List.of(),
          "Private DNS zone " + z.zone());
    }
  }

  /** The private endpoints. */
  private void endpointModules() {
    int ei = 0;
    for (PrivateEndpointPlan e : plan.privateEndpoints()) {
      ei++;
      List<String> zoneIds = e.zones().stream().map(zoneSymbols::get).toList();
      if (!e.targetScope().isHome()) {
        pendingCondition =
            CROSS_TENANT_SWITCH; // the partner's storage exists only after its bundle ran
      }
      endpointSymbols.put(e.name(), "privateEndpoint" + ei);
      rgModule(
          "privateEndpoint" + ei,
          "private-endpoint",
          "pe-" + ei,
          e.vnet().scope(),
          Args.located(e.name(), e.vnet().region())
              .expr(
                  "subnetId", vnetSymbols.get(e.vnet().name()) + ".outputs.privateEndpointSubnetId")
              .expr("targetId", targetId(e))
              .text("groupId", e.groupId())
              .array("privateDnsZoneIds", zoneIds)
              .flag("manualApproval", e.manualApproval()),
          List.of(),
          "Private endpoint " + e.name() + " (" + e.groupId() + ")");
    }
  }

  /** The compute clusters of the workspace. */
  private void computeModules() {
    var ws = plan.workspace();
    for (ComputePlan c : plan.computes()) {
      String sym = unique(Bicep.symbol("compute", c.name()));
      String subnet =
          c.vnet() == null ? "''" : vnetSymbols.get(c.vnet().name()) + ".outputs.computeSubnetId";
      rgModule(
          sym,
          "compute",
          "compute-" + c.name(),
          ws.scope(),
          Args.of()
              .expr("workspaceName", WS + ".outputs.name")
              .with(Args.located(c.name(), c.region()))
              .text("vmSize", c.vmSize())
              .number("minNodes", c.minNodes())
              .number("maxNodes", c.maxNodes())
              .expr("identityId", identitySymbol(c.owner(), c.identity()) + ".outputs.id")
              .expr("subnetId", subnet)
              .flag("enableNodePublicIp", c.nodePublicIp())
              .enabled("remoteLoginPortPublicAccess", c.sshPublicAccess())
              .flag("disableLocalAuth", !c.localAuth()),
          c.after().stream().map(endpointSymbols::get).toList(),
          "Compute of "
              + c.owner().key()
              + (c.after().isEmpty() ? "" : ", after the workspace endpoint its nodes use"));
    }
  }

  /** The Kubernetes clusters, their Azure ML extension and attached computes. */
  private void kubernetesModules() {
    for (KubernetesPlan k : plan.kubernetes()) {
      String clusterId = k.kind() == KubernetesPlan.Kind.ARC ? arcExtensionModule(k) : aksModule(k);
      attachedComputeModule(k, clusterId);
    }
  }

  /** The Azure ML extension on a silo's onboarded Arc cluster; its cluster id expression. */
  private String arcExtensionModule(KubernetesPlan k) {
    String key = k.owner().key();
    boolean gpu = k.instanceTypes().stream().anyMatch(it -> it.gpu() > 0);
    String sym = unique(Bicep.symbol("extension", key));
    rgModule(
        sym,
        "kubernetes-extension",
        "extension-" + key,
        k.clusterScope(),
        Args.of()
            .text("clusterName", k.clusterName())
            .text("extensionName", k.extensionName())
            .flag("installNvidiaDevicePlugin", gpu),
        List.of(),
        "Azure ML extension on the Arc cluster of " + key);
    return sym + ".outputs.clusterId";
  }

  /** The AKS cluster flgen creates for a silo, with the extension; its cluster id expression. */
  private String aksModule(KubernetesPlan k) {
    String key = k.owner().key();
    AksPlan aks = aksOf(key);
    String sym = unique(Bicep.symbol("aks", key));
    var sys = k.systemPool().orElseThrow();
    var conf = k.confidentialPool();
    String version = plan.context().silo(k.owner()).map(SiloPlan::kubernetesVersion).orElse("");
    rgModule(
        sym,
        "aks",
        "aks-" + key,
        aks.scope(),
        Args.located(aks.name(), aks.region())
            .text("kubernetesVersion", version)
            .text("systemVmSize", sys.vmSize())
            .number("systemNodeCount", sys.count())
            .expr("subnetId", computeSubnetId(key))
            .flag("enablePrivateCluster", aks.privateCluster())
            .texts("authorizedIpRanges", aks.authorizedIpRanges())
            .flag("disableLocalAccounts", aks.localAccountsDisabled())
            .flag("enablePrivateClusterPublicFqdn", aks.privateClusterPublicFqdn())
            .texts(
                "adminGroupObjectIds",
                aks.adminGroupObjectId().isEmpty() ? List.of() : List.of(aks.adminGroupObjectId()))
            .flag("enableAzureRbac", aks.azureRbac())
            .text("networkPolicy", aks.networkPolicy())
            .text("confidentialVmSize", conf.map(c -> c.vmSize()).orElse(""))
            .number("confidentialNodeCount", conf.map(c -> c.count()).orElse(0))
            .flag("enableSgxPlugin", k.sgxPlugin())
            .text("extensionName", k.extensionName()),
        List.of(),
        "AKS cluster of " + key + ", with the Azure ML extension");
    aksSymbols.put(aks.name(), sym);
    clusterIdentitySymbols.put(aks.identity(), sym);
    return sym + ".outputs.clusterId";
  }

  /** The AKS cluster of a party. */
  private AksPlan aksOf(String key) {
    return plan.aksClusters().stream()
        .filter(a -> a.owner().key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  /** The compute subnet id of a party's VNet, or {@code ''} when it has none. */
  private String computeSubnetId(String key) {
    VnetPlan v =
        plan.vnets().stream().filter(x -> x.owner().key().equals(key)).findFirst().orElse(null);
    return v == null ? "''" : vnetSymbols.get(v.name()) + ".outputs.computeSubnetId";
  }

  /** The attached compute of a silo's cluster in the workspace, behind the Kubernetes switch. */
  private void attachedComputeModule(KubernetesPlan k, String clusterId) {
    String key = k.owner().key();
    var ws = plan.workspace();
    // Azure ML attaches a cluster only into a namespace that exists: the cluster admin creates it
    // (k8s/<silo>/) after this deployment, then DEPLOY.md re-runs it with the switch on
    pendingCondition = KUBERNETES_SWITCH;
    rgModule(
        unique(Bicep.symbol("compute", k.computeName())),
        "attached-compute",
        "compute-" + k.computeName(),
        ws.scope(),
        Args.of()
            .expr("workspaceName", WS + ".outputs.name")
            .text("name", k.computeName())
            .text("location", k.region())
            .expr("clusterId", clusterId)
            .text("namespace", k.namespace())
            .text(
                "defaultInstanceType",
                k.instanceTypes().isEmpty() ? "" : k.instanceTypes().get(0).name())
            .expr("identityId", identitySymbol(k.owner(), k.identity()) + ".outputs.id"),
        List.of(),
        "Attached Kubernetes compute of " + key);
  }

  /** The data-plane grants on home-tenant storage (the access matrix). */
  private void storageGrantModules() {
    Map<String, StoragePlan> byName = new HashMap<>();
    plan.storages().forEach(x -> byName.putIfAbsent(x.name(), x));
    for (RoleGrant g : plan.grants()) {
      if (!g.scope().isHome()) {
        continue; // never emit, in this tenant's bundle, an assignment scoped in another tenant
      }
      grants++;
      StoragePlan st = byName.get(g.target());
      List<String> deps = st.existing() ? List.of() : List.of(storageSymbols.get(st.name()));
      rgModule(
          "grant" + grants,
          ModuleCalls.grantModule(g),
          "grant-" + grants,
          st.scope(),
          ModuleCalls.grantParams(g, principalId(g)),
          deps,
          g.principal() + " -> " + g.roleName() + " on " + g.targetPath());
    }
  }

  /** The grants on the registry, the workspace, AKS clusters and vaults, then the way in. */
  private void serviceGrantModules() {
    for (RoleGrant g : plan.serviceGrants()) {
      grants++;
      String target = g.target();
      int slash = target.indexOf('/');
      Args ps =
          g.targetKind().equals("subnet")
              ? Args.of()
                  .text("vnetName", target.substring(0, slash))
                  .text("subnetName", target.substring(slash + 1))
              : Args.of().text("targetName", target);
      ps.with(ModuleCalls.principal(g, principalId(g)));
      rgModule(
          "grant" + grants,
          g.targetKind() + "-role-assignment",
          "grant-" + grants,
          g.scope(),
          ps,
          serviceGrantDeps(g),
          g.principal() + " -> " + g.roleName() + " on " + target);
    }
    wayInModule();
  }

  /** The module a service grant waits for: the one that creates its target. */
  private List<String> serviceGrantDeps(RoleGrant g) {
    return switch (g.targetKind()) {
      case "registry", "workspace" -> List.of(WS);
      case "aks" -> List.of(aksSymbols.get(g.target()));
      case "vault" -> List.of(CONFIDENTIALITY_VAULT);
      case "vm", "nic", "bastion" -> List.of(WAY_IN);
      case "subnet" -> List.of(vnetSymbols.get(g.target().substring(0, g.target().indexOf('/'))));
      default -> throw new IllegalStateException("no role assignment module for " + g.targetKind());
    };
  }

  /** Azure Bastion and a jumpbox in the hub, when the topology asks for a way in. */
  private void wayInModule() {
    plan.wayIn()
        .ifPresent(
            w ->
                rgModule(
                    WAY_IN,
                    "way-in",
                    "way-in",
                    w.hub().scope(),
                    Args.of()
                        .text("location", w.hub().region())
                        .expr("tags", "tags")
                        .expr("vnetName", vnetSymbols.get(w.hub().name()) + ".outputs.name")
                        .text("bastionName", w.name())
                        .text("bastionPublicIpName", w.publicIp())
                        .text("jumpboxName", w.jumpbox())
                        .text("jumpboxVmSize", w.jumpboxVmSize())
                        .expr("jumpboxSshPublicKey", JUMPBOX_KEY),
                    List.of(),
                    "Way in: Azure Bastion and a jumpbox without a public IP, in the hub"));
  }

  /** The outputs of main.bicep. */
  private void outputs() {
    var ws = plan.workspace();
    for (OutputPlan o : plan.outputs()) {
      var identity = plan.identityOf(o.owner(), o.resource());
      String sym =
          o.resource().equals(ws.name())
              ? WS
              : identity.isPresent()
                  ? identitySymbols.get(identity.get().id())
                  : storageSymbols.get(o.resource());
      output(o.name(), "string", sym + ".outputs." + o.property(), o.description());
    }
  }

  /** The template's view: the modules and outputs collected above, and the deploy switches. */
  private MainView view() {
    boolean crossTenant = plan.privateEndpoints().stream().anyMatch(e -> !e.targetScope().isHome());
    List<Parameter> extra = new ArrayList<>();
    if (crossTenant) {
      extra.add(
          new Parameter(
              CROSS_TENANT_SWITCH,
              "bool",
              "false",
              Bicep.string(
                  "Request the private endpoints into partner tenants. Set to true only after every partner "
                      + "tenant deployed its bundle (their storage must exist); see DEPLOY.md.")));
    }
    if (!plan.kubernetes().isEmpty()) {
      extra.add(
          new Parameter(
              KUBERNETES_SWITCH,
              "bool",
              "false",
              Bicep.string(
                  "Attach the Kubernetes computes. Set to true only after each cluster admin created the "
                      + "silo's namespace and instance types (k8s/<silo>/): Azure ML attaches only into an existing "
                      + "namespace; see DEPLOY.md.")));
    }
    if (plan.wayIn().isPresent()) {
      extra.add(
          new Parameter(
              JUMPBOX_KEY,
              "string",
              null,
              Bicep.string(
                  "SSH public key of the jumpbox's break-glass admin account (people sign in with Entra ID "
                      + "as themselves); see DEPLOY.md.")));
    }
    return new MainView(
        plan.context().name(),
        "The orchestrator tenant's bundle: everything except partner tenants' storage and grants.",
        extra,
        modules,
        outputs);
  }

  private static final String WAY_IN = "wayIn";

  /** The deployment parameter that carries the jumpbox admin's SSH public key. */
  public static final String JUMPBOX_KEY = "jumpboxSshPublicKey";

  private static java.util.Optional<SubnetPlan> subnet(VnetPlan v, String name) {
    return v.subnets().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * A managed identity's (or an AKS cluster's own) principal id comes from its module; a person's
   * object id is literal.
   */
  private String principalId(RoleGrant g) {
    if (g.person()) {
      return Bicep.string(g.principalObjectId());
    }
    String cluster = clusterIdentitySymbols.get(g.principal());
    return (cluster != null ? cluster : identitySymbol(g.principalOwner(), g.principal()))
        + ".outputs.principalId";
  }

  /** The module symbol of the identity {@code name} a party uses. */
  private String identitySymbol(Party user, String name) {
    return identitySymbols.get(plan.identityOf(user, name).orElseThrow().id());
  }

  private Map<Scope, String> regions;

  /** The region of a resource group: that of the first identity, else storage, placed in it. */
  private String regionOf(Scope s) {
    if (regions == null) {
      regions = new HashMap<>();
      plan.storages().forEach(x -> regions.putIfAbsent(x.scope(), x.region()));
      plan.identities().forEach(i -> regions.put(i.scope(), i.region()));
    }
    return regions.getOrDefault(s, plan.workspace().region());
  }

  private String targetId(PrivateEndpointPlan e) {
    return switch (e.targetKind()) {
      case "workspace" -> WS + ".outputs.id";
      case "registry" -> WS + ".outputs.registryId";
      case "vault" ->
          e.target().equals(plan.workspace().keyVault())
              ? WS + ".outputs.keyVaultId"
              : CONFIDENTIALITY_VAULT + ".outputs.id";
      default -> {
        String sym = storageSymbols.get(e.target());
        yield sym != null
            ? sym + ".outputs.id"
            : "resourceId("
                + Bicep.string(e.targetScope().subscriptionId())
                + ", "
                + Bicep.string(e.targetScope().resourceGroup())
                + ", 'Microsoft.Storage/storageAccounts', "
                + Bicep.string(e.target())
                + ")";
      }
    };
  }

  /** NSG security rules as a Bicep array of resource-shaped objects. */
  private static List<Obj> nsgRules(SubnetPlan subnet) {
    List<Obj> items = new ArrayList<>();
    for (NsgRulePlan r : subnet.nsgRules()) {
      String ports = r.destinationPorts();
      Args props =
          Args.of()
              .number("priority", r.priority())
              .text("direction", r.direction())
              .text("access", r.access())
              .text("protocol", r.protocol())
              .text("sourceAddressPrefix", r.source())
              .expr("sourcePortRange", "'*'")
              .text("destinationAddressPrefix", r.destination());
      if (ports.contains(",")) {
        props.texts("destinationPortRanges", List.of(ports.split(",")));
      } else {
        props.text("destinationPortRange", ports);
      }
      items.add(Args.of().text("name", r.name()).object("properties", props).object());
    }
    return items;
  }

  private void rgModule(
      String sym,
      String file,
      String deployment,
      Scope scope,
      Args params,
      List<String> deps,
      String comment) {
    List<String> all = new ArrayList<>();
    // after the resource group's module, unless flgen does not create the group (for example an
    // existing storage account's)
    if (rgSymbols.containsKey(scope)) {
      all.add(rgSymbols.get(scope));
    }
    all.addAll(deps);
    String at = Bicep.resourceGroup(scope.subscriptionId(), scope.resourceGroup());
    add(ModuleCalls.call(sym, file, deployment, at, params, all, comment));
  }

  /** A module call, gated by the pending condition if there is one. */
  private void add(Call m) {
    modules.add(pendingCondition == null ? m : m.when(pendingCondition));
    pendingCondition = null;
  }

  private void output(String name, String type, String value, String description) {
    outputs.add(ModuleCalls.output(name, type, value, description));
  }
}
