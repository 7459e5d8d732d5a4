package io.flgen.plan;

import static io.flgen.plan.StorageRole.SILO;

import io.flgen.azure.AzureCloud;
import io.flgen.azure.BuiltInRoles;
import io.flgen.azure.NameKind;
import io.flgen.azure.PrivateLinkService;
import io.flgen.model.Compute;
import io.flgen.model.CrossTenantSilo;
import io.flgen.model.ExternalSilo;
import io.flgen.model.InternalSilo;
import io.flgen.model.KubernetesCluster;
import io.flgen.model.Network;
import io.flgen.model.Silo;
import io.flgen.model.Storage;
import io.flgen.model.StorageSku;
import io.flgen.model.Topology;
import io.flgen.terms.Cidr;
import io.flgen.terms.NetworkMode;
import io.flgen.terms.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resolves a valid topology into a {@link Plan}. The least-privilege access model and the exposure
 * decisions live here (see docs/security-model.md); templates only print the result.
 */
public final class Planner {
  private final Topology t;
  private final Names n;
  private final AzureCloud cloud;
  private final Scope home;
  private final List<Scope> resourceGroups = new ArrayList<>();
  private final List<IdentityPlan> identities = new ArrayList<>();
  private final List<StoragePlan> storages = new ArrayList<>();
  private final List<ComputePlan> computes = new ArrayList<>();
  private final List<VnetPlan> vnets = new ArrayList<>();
  private final List<PeeringPlan> peerings = new ArrayList<>();
  private final List<PrivateEndpointPlan> endpoints = new ArrayList<>();
  private final Map<String, List<VnetPlan>> zoneLinks = new TreeMap<>();
  private final List<RoleGrant> grants = new ArrayList<>();
  private final List<RoleGrant> serviceGrants = new ArrayList<>();
  private final List<Scope> existingGroups = new ArrayList<>();

  /** The exchange storage container of the baseline's pooled, non-sensitive copy of the data. */
  public static final String BASELINE_CONTAINER = "baseline-data";

  private final List<DatastorePlan> datastores = new ArrayList<>();
  private final java.util.Set<Scope> knownGroups = new java.util.HashSet<>();
  private final List<KubernetesPlan> kubernetes = new ArrayList<>();
  private final List<FederationPlan> federations = new ArrayList<>();
  private final java.util.Set<ResourceRef> knownIdentities = new java.util.HashSet<>();
  private final List<PlannedName> plannedNames = new ArrayList<>();

  private Planner(Topology t) {
    this.t = t;
    this.n = new Names(t);
    this.cloud = t.metadata().cloud();
    this.home =
        new Scope(Scope.HOME, t.orchestrator().subscriptionId(), t.orchestrator().resourceGroup());
  }

  public static Plan plan(Topology t) {
    return new Planner(t).build();
  }

  /**
   * Public access by stage and mode: open is public; vnet is private at run stage; private is
   * always private.
   */
  static Exposure exposure(NetworkMode mode, Stage stage) {
    return switch (mode) {
      case OPEN -> Exposure.PUBLIC;
      case VNET -> stage == Stage.RUN ? Exposure.PRIVATE : Exposure.PUBLIC;
      case PRIVATE -> Exposure.PRIVATE;
    };
  }

  private Plan build() {
    Stage stage = t.metadata().stage();
    resourceGroups.add(home);
    knownGroups.add(home);
    knownIdentities.add(orchestratorIdentity(t));
    Core o = orchestrator(stage);

    // silos
    for (int i = 0; i < t.silos().size(); i++) {
      silo(t.silos().get(i), i, o.hub(), o.exchange(), stage, o.exchangeExposure());
    }

    workspaceEndpoints(o.ws(), o.hub());
    identityGrants(o);
    dataScientistGrants(o);
    aksGrants();
    Optional<WayInPlan> wayIn = wayIn(o.hub());
    wayIn.ifPresent(w -> wayInGrants(w, o.ws(), o.wsStore()));

    linkZones();
    List<DnsZonePlan> zones = dnsZones();
    PipelinePlan pipeline = new PipelineBuilder(t, n).build();
    List<OutputPlan> outputs = outputs(o.ws());
    return new Plan(
        ContextBuilder.of(t, plannedNames),
        n,
        home,
        List.copyOf(resourceGroups),
        List.copyOf(identities),
        List.copyOf(storages),
        o.ws(),
        o.registry(),
        List.copyOf(o.keyVaults()),
        List.copyOf(computes),
        List.copyOf(aksClusters()),
        List.copyOf(vnets),
        List.copyOf(peerings),
        List.copyOf(endpoints),
        List.copyOf(zones),
        List.copyOf(grants),
        List.copyOf(serviceGrants),
        List.copyOf(existingGroups),
        wayIn,
        List.copyOf(datastores),
        pipeline,
        List.copyOf(outputs),
        List.copyOf(kubernetes),
        List.copyOf(federations));
  }

  /**
   * The orchestrator's resources the silos, grants and outputs refer to.
   *
   * @param hub the orchestrator's VNet, when it has one
   * @param exchange the storage account of model updates and the global model
   * @param keyVaults the workspace's vault, then the confidentiality vault if any
   * @param vault the confidentiality vault, when the topology asks for one
   * @param wsStore the workspace's storage account
   */
  private record Core(
      Optional<VnetPlan> hub,
      StoragePlan exchange,
      Exposure exchangeExposure,
      WorkspacePlan ws,
      RegistryPlan registry,
      List<KeyVaultPlan> keyVaults,
      Optional<KeyVaultPlan> vault,
      StoragePlan wsStore) {}

  /**
   * The orchestrator's identity, VNet, exchange storage, workspace with its storage, registry and
   * vaults, their endpoints in the hub, its computes, datastores and grants, in plan order.
   */
  private Core orchestrator(Stage stage) {
    NetworkMode orchMode = t.orchestrator().network().mode();
    String region = t.orchestrator().region();

    // orchestrator identity, VNet, exchange storage, workspace
    Party orch = Party.ORCHESTRATOR;
    identities.add(new IdentityPlan(n.orchestratorIdentity(), orch, home, region, "orchestrator"));
    Optional<VnetPlan> hub =
        vnet(
            orch,
            Names.ORCHESTRATOR,
            home,
            region,
            t.orchestrator().network(),
            "orchestrator.network");

    Exposure exchangeExposure = exposure(orchMode, stage);
    StoragePlan exchange = exchangeStorage(region, exchangeExposure);
    storages.add(exchange);

    boolean wsPrivate = orchMode == NetworkMode.PRIVATE;
    boolean wsPublic = t.orchestrator().workspace().publicNetworkAccess().orElse(!wsPrivate);
    // the workspace's own storage, vault and registry are private in private mode, and in vnet mode
    // at run stage ("eyes-off"); the workspace endpoint itself is private only in private mode
    boolean depsPrivate = wsPrivate || (orchMode == NetworkMode.VNET && stage == Stage.RUN);
    String wsStorage = workspaceStorage(region, depsPrivate);
    WorkspacePlan ws = workspace(region, wsPublic, wsStorage, depsPrivate);
    RegistryPlan registry = registry(region, depsPrivate);
    List<KeyVaultPlan> keyVaults = keyVaults(region, stage, depsPrivate, orchMode);
    Optional<KeyVaultPlan> kv = keyVaults.stream().skip(1).findFirst(); // the confidentiality vault
    hubEndpoints(hub, exchange, exchangeExposure, ws, wsPrivate, depsPrivate, wsStorage, kv);
    orchestratorComputesAndGrants(region, hub, exchange);
    StoragePlan wsStorePlan =
        storages.stream().filter(x -> x.name().equals(wsStorage)).findFirst().orElseThrow();
    orchestratorNames(ws, exchange, registry, keyVaults, hub);
    return new Core(hub, exchange, exchangeExposure, ws, registry, keyVaults, kv, wsStorePlan);
  }

  /** Records a name the plan gives, with the topology path that decides it, for the name check. */
  private void named(
      NameKind kind, String name, Party owner, Scope scope, String path, String builtFrom) {
    plannedNames.add(new PlannedName(kind, name, owner, scope, path, builtFrom));
  }

  /**
   * The orchestrator's names: most are built from the prefix, the workspace's and the deployment's
   * from metadata.name, the computes' given.
   */
  private void orchestratorNames(
      WorkspacePlan ws,
      StoragePlan exchange,
      RegistryPlan registry,
      List<KeyVaultPlan> keyVaults,
      Optional<VnetPlan> hub) {
    Party orch = Party.ORCHESTRATOR;
    String prefixPath = "metadata.naming.prefix";
    String fromPrefix = n.builtFrom("");
    named(NameKind.AML_WORKSPACE, ws.name(), orch, home, "metadata.name", fromPrefix);
    // the exchange account, then the workspace's own: a silo named 'orch' or 'ws' collides
    for (String[] account :
        new String[][] {{exchange.name(), "orch"}, {n.workspaceStorage(), "ws"}}) {
      String built = n.builtFrom(" and '" + account[1] + "'");
      named(NameKind.STORAGE_ACCOUNT, account[0], orch, home, prefixPath, built);
    }
    named(NameKind.CONTAINER_REGISTRY, registry.name(), orch, home, prefixPath, fromPrefix);
    for (KeyVaultPlan k : keyVaults) {
      String path =
          k.purpose() == KeyVaultPlan.Purpose.WORKSPACE ? prefixPath : "orchestrator.keyVault";
      named(NameKind.KEY_VAULT, k.name(), orch, home, path, fromPrefix);
    }
    named(
        NameKind.USER_ASSIGNED_IDENTITY,
        n.orchestratorIdentity(),
        orch,
        home,
        prefixPath,
        fromPrefix);
    hub.ifPresent(
        v -> named(NameKind.VIRTUAL_NETWORK, v.name(), orch, home, prefixPath, fromPrefix));
    named(
        NameKind.DEPLOYMENT,
        n.deployment("orchestrator"),
        orch,
        home,
        "metadata.name",
        " (built from metadata.name)");
    for (ComputePlan c : computes) {
      named(NameKind.AML_COMPUTE_CLUSTER, c.name(), orch, home, c.origin() + ".name", "");
    }
  }

  /**
   * A silo's names: generated ones point at the silo's name, given ones (an existing account, an
   * identity.name, computes) at their own key.
   */
  private void siloNames(
      Silo s,
      Party p,
      Scope scope,
      Optional<StoragePlan> st,
      Optional<VnetPlan> vnet,
      List<DatastorePlan> own) {
    String np = p.path() + ".name";
    String built = n.builtFrom(" and silo name '" + s.name() + "'");
    st.ifPresent(
        x ->
            named(
                NameKind.STORAGE_ACCOUNT,
                x.name(),
                p,
                x.scope(),
                x.existing() ? x.origin() + ".accountName" : np,
                x.existing() ? "" : built));
    boolean given = s.identity().name().isPresent();
    named(
        NameKind.USER_ASSIGNED_IDENTITY,
        siloIdentity(t, s).name(),
        p,
        scope,
        given ? p.path() + ".identity.name" : np,
        given ? "" : built);
    vnet.ifPresent(v -> named(NameKind.VIRTUAL_NETWORK, v.name(), p, v.scope(), np, built));
    own.forEach(d -> named(NameKind.AML_DATASTORE, d.name(), p, scope, np, ""));
    named(
        NameKind.DEPLOYMENT,
        n.deployment("silo-" + s.name()),
        p,
        scope,
        np,
        " (built from metadata.name and the silo name)");
    NameKind computeKind =
        s instanceof ExternalSilo ? NameKind.AML_ATTACHED_COMPUTE : NameKind.AML_COMPUTE_CLUSTER;
    for (int j = 0; j < s.computes().size(); j++) {
      String path = p.path() + ".computes[" + j + "].name";
      named(computeKind, s.computes().get(j).name(), p, scope, path, "");
    }
    if (s instanceof InternalSilo && s.resourceGroup().isEmpty()) {
      named(
          NameKind.RESOURCE_GROUP,
          scope.resourceGroup(),
          p,
          scope,
          np,
          " (built from orchestrator.resourceGroup and the silo name)");
    }
  }

  /** The exchange account: the global model, each silo's updates and the baseline's copy. */
  private StoragePlan exchangeStorage(String region, Exposure exposure) {
    Party orch = Party.ORCHESTRATOR;
    List<String> exchangeContainers = new ArrayList<>();
    exchangeContainers.add(n.globalModelContainer());
    t.job().baseline().ifPresent(b -> exchangeContainers.add(BASELINE_CONTAINER));
    for (Silo s : t.silos()) {
      exchangeContainers.add(n.updatesContainer(s.name()));
    }
    Storage.New os = t.orchestrator().storage();
    Account a =
        new Account(
            n.orchestratorStorage(),
            orch,
            StorageRole.EXCHANGE,
            home,
            region,
            "orchestrator.storage");
    return created(a, os, exposure, sorted(exchangeContainers));
  }

  /** Where a storage account lives, who owns it, and the topology path that asks for it. */
  private record Account(
      String name, Party owner, StorageRole role, Scope scope, String region, String origin) {}

  /** An account the deployment creates, with flgen's hardened settings. */
  private static StoragePlan created(
      Account a, Storage.New spec, Exposure exposure, List<String> containers) {
    return new StoragePlan(
        a.name(),
        a.owner(),
        a.role(),
        a.scope(),
        a.region(),
        false,
        spec.sku().azureName(),
        spec.sku().geoReplicated(),
        exposure,
        StorageSettings.HARDENED,
        spec.softDeleteDays(),
        containers,
        a.origin());
  }

  /** Adds the workspace's own storage account; its name. */
  private String workspaceStorage(String region, boolean depsPrivate) {
    Party orch = Party.ORCHESTRATOR;
    String wsStorage = n.workspaceStorage();
    Exposure depExposure = depsPrivate ? Exposure.PRIVATE : Exposure.PUBLIC;
    // Standard_LRS, 7 days of soft delete: the workspace keeps code snapshots and logs, no data
    StoragePlan plan =
        created(
            new Account(
                wsStorage, orch, StorageRole.WORKSPACE, home, region, "orchestrator.workspace"),
            new Storage.New(StorageSku.STANDARD_LRS, 7),
            depExposure,
            List.of());
    storages.add(plan);
    return wsStorage;
  }

  private WorkspacePlan workspace(
      String region, boolean wsPublic, String wsStorage, boolean depsPrivate) {
    return new WorkspacePlan(
        n.workspace(),
        home,
        region,
        t.orchestrator().workspace().hbi(),
        wsPublic,
        "identity",
        wsStorage,
        n.workspaceKeyVault(),
        n.registry(),
        false,
        "orchestrator.workspace",
        depsPrivate ? t.orchestrator().computes().get(0).name() : "");
  }

  private RegistryPlan registry(String region, boolean depsPrivate) {
    return new RegistryPlan(
        n.registry(),
        home,
        region,
        depsPrivate ? "Premium" : "Standard",
        false,
        false,
        !depsPrivate,
        "orchestrator.workspace");
  }

  /** The workspace's vault, then the confidentiality vault when the topology asks for one. */
  private List<KeyVaultPlan> keyVaults(
      String region, Stage stage, boolean depsPrivate, NetworkMode orchMode) {
    List<KeyVaultPlan> keyVaults = new ArrayList<>();
    // purge protection cannot be switched off once on: a crawl sandbox must be deletable and its
    // vault names reusable, so it is on from walk
    boolean purgeProtection = stage != Stage.CRAWL;
    keyVaults.add(
        new KeyVaultPlan(
            n.workspaceKeyVault(),
            KeyVaultPlan.Purpose.WORKSPACE,
            home,
            region,
            true,
            purgeProtection,
            90,
            !depsPrivate,
            "orchestrator.workspace",
            ""));
    Optional<KeyVaultPlan> kv =
        t.orchestrator()
            .keyVault()
            .map(
                k ->
                    new KeyVaultPlan(
                        n.keyVault(),
                        KeyVaultPlan.Purpose.CONFIDENTIALITY,
                        home,
                        region,
                        true,
                        purgeProtection,
                        k.softDeleteDays(),
                        !orchMode.isIsolated(),
                        "orchestrator.keyVault",
                        k.keyName()));
    kv.ifPresent(keyVaults::add);
    return keyVaults;
  }

  /** The private endpoints of the orchestrator's resources in its hub VNet. */
  private void hubEndpoints(
      Optional<VnetPlan> hub,
      StoragePlan exchange,
      Exposure exchangeExposure,
      WorkspacePlan ws,
      boolean wsPrivate,
      boolean depsPrivate,
      String wsStorage,
      Optional<KeyVaultPlan> kv) {
    Party orch = Party.ORCHESTRATOR;
    if (hub.isPresent()) {
      if (exchangeExposure.privateEndpoint()) {
        endpoint(
            new Target(orch, "storage", exchange.name(), home), PrivateLinkService.BLOB, hub.get());
      }
      if (wsPrivate) {
        endpoint(
            new Target(orch, "workspace", ws.name(), home), PrivateLinkService.AML_API, hub.get());
      }
      if (depsPrivate) {
        endpoint(new Target(orch, "storage", wsStorage, home), PrivateLinkService.BLOB, hub.get());
        endpoint(new Target(orch, "storage", wsStorage, home), PrivateLinkService.FILE, hub.get());
        endpoint(
            new Target(orch, "vault", ws.keyVault(), home), PrivateLinkService.VAULT, hub.get());
        endpoint(
            new Target(orch, "registry", ws.registry(), home),
            PrivateLinkService.REGISTRY,
            hub.get());
      }
      if (kv.isPresent() && !kv.get().publicNetworkAccess()) { // confidentiality vault
        endpoint(
            new Target(orch, "vault", kv.get().name(), home), PrivateLinkService.VAULT, hub.get());
      }
    }
  }

  /**
   * The orchestrator's computes, the exchange datastores and the orchestrator's exchange grants.
   */
  private void orchestratorComputesAndGrants(
      String region, Optional<VnetPlan> hub, StoragePlan exchange) {
    Party orch = Party.ORCHESTRATOR;
    for (int j = 0; j < t.orchestrator().computes().size(); j++) {
      compute(
          orch,
          t.orchestrator().computes().get(j),
          region,
          n.orchestratorIdentity(),
          hub,
          "orchestrator.computes[" + j + "]");
    }
    datastores.add(
        new DatastorePlan(
            n.globalModelDatastore(),
            orch,
            DatastorePlan.Purpose.GLOBAL_MODEL,
            exchange.name(),
            n.globalModelContainer(),
            endpointSuffix()));
    t.job()
        .baseline()
        .ifPresent(
            b ->
                datastores.add(
                    new DatastorePlan(
                        "baseline_data",
                        orch,
                        DatastorePlan.Purpose.BASELINE,
                        exchange.name(),
                        BASELINE_CONTAINER,
                        endpointSuffix())));

    grant(
        service(n.orchestratorIdentity(), orch),
        BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR,
        exchange,
        n.globalModelContainer(),
        "write",
        "aggregate steps write the global model");
    if (t.job().baseline().isPresent()) {
      grant(
          service(n.orchestratorIdentity(), orch),
          BuiltInRoles.STORAGE_BLOB_DATA_READER,
          exchange,
          BASELINE_CONTAINER,
          "read",
          "the baseline trains on the pooled non-sensitive copy");
    }
  }

  /**
   * Every compute identity reads and writes the workspace artifacts (code snapshots, logs), pulls
   * images and uses the confidentiality key; the image-build compute pushes images.
   */
  private void identityGrants(Core o) {
    Party orch = Party.ORCHESTRATOR;
    WorkspacePlan ws = o.ws();
    RegistryPlan registry = o.registry();
    Optional<KeyVaultPlan> kv = o.vault();
    StoragePlan wsStorePlan = o.wsStore();
    for (IdentityPlan id : identities) {
      grant(
          service(id.name(), id.owner()),
          BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR,
          wsStorePlan,
          "",
          "read-write",
          "jobs read code snapshots and write logs in the workspace storage");
      // the registry's admin user is off: computes pull images with their own identity
      serviceGrant(
          service(id.name(), id.owner()),
          BuiltInRoles.ACR_PULL,
          "registry",
          registry.name(),
          home,
          "pull",
          "computes pull environment images with their identity (admin user off)");
      kv.ifPresent(
          v ->
              serviceGrant(
                  service(id.name(), id.owner()),
                  BuiltInRoles.KEY_VAULT_CRYPTO_USER,
                  "vault",
                  v.name(),
                  v.scope(),
                  "encrypt-decrypt",
                  "steps encrypt and decrypt model updates with key " + v.keyName()));
    }
    if (!ws.imageBuildCompute().isEmpty()) {
      serviceGrant(
          service(n.orchestratorIdentity(), orch),
          BuiltInRoles.ACR_PUSH,
          "registry",
          registry.name(),
          home,
          "push",
          "the image-build compute "
              + ws.imageBuildCompute()
              + " pushes environment images (a private registry cannot build them itself)");
    }
  }

  /** What data scientists need to submit jobs (and upload the baseline's copy). */
  private void dataScientistGrants(Core o) {
    Party orch = Party.ORCHESTRATOR;
    WorkspacePlan ws = o.ws();
    StoragePlan wsStorePlan = o.wsStore();
    StoragePlan exchange = o.exchange();
    for (var person : t.people().dataScientists()) {
      serviceGrant(
          person(person, orch),
          BuiltInRoles.AZUREML_DATA_SCIENTIST,
          "workspace",
          ws.name(),
          home,
          "submit",
          "data scientists submit and monitor FL jobs");
      grant(
          person(person, orch),
          BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR,
          wsStorePlan,
          "",
          "read-write",
          "az ml job create uploads code snapshots to the workspace storage (shared keys are off)");
      grant(
          person(person, orch),
          BuiltInRoles.STORAGE_FILE_DATA_PRIVILEGED_CONTRIBUTOR,
          wsStorePlan,
          "",
          "read-write",
          "the studio and code upload use the workspace file share with Entra ID (shared keys are off)");
      if (t.job().baseline().isPresent()) {
        grant(
            person(person, orch),
            BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR,
            exchange,
            BASELINE_CONTAINER,
            "write",
            "data scientists upload the pooled non-sensitive copy the baseline trains on (nobody else may write it)");
      }
    }
  }

  /** An AKS cluster's admins, and its identity on the node subnet it runs in. */
  private void aksGrants() {
    for (AksPlan a : aksClusters()) {
      if (!a.adminGroupObjectId().isEmpty()) {
        serviceGrant(
            new Grantee(
                "aks-admins-" + a.owner().key(), a.owner(), "Group", a.adminGroupObjectId()),
            BuiltInRoles.AKS_RBAC_CLUSTER_ADMIN,
            "aks",
            a.name(),
            a.scope(),
            "admin",
            "the silo's cluster admins run kubectl through Entra ID and Azure RBAC");
      }
    }
    for (AksPlan a : aksClusters()) {
      // a bring-your-own subnet: the cluster's own identity manages its nodes' and load balancers'
      // network settings there (the CLI assigns this itself; a template must assign it)
      vnets.stream()
          .filter(x -> x.owner().equals(a.owner()))
          .findFirst()
          .ifPresent(
              v ->
                  serviceGrant(
                      service(a.identity(), a.owner()),
                      BuiltInRoles.NETWORK_CONTRIBUTOR,
                      "subnet",
                      v.name() + "/" + v.computeSubnet().name(),
                      v.scope(),
                      "network",
                      "the cluster's system-assigned identity manages the node subnet it runs in"));
    }
  }

  /** The private DNS zones the endpoints register in, created or the hub's existing ones. */
  private List<DnsZonePlan> dnsZones() {
    List<DnsZonePlan> zones = new ArrayList<>();
    for (Map.Entry<String, List<VnetPlan>> z : zoneLinks.entrySet()) {
      String existing =
          t.network().createDnsZones()
              ? ""
              : t.network().existingDnsZones().getOrDefault(z.getKey(), "");
      // flgen links only the zones it creates; a hub's existing zone is linked by the hub's team,
      // so
      // the plan shows no link and FLG-NET-004 says which VNets still need one
      zones.add(
          new DnsZonePlan(
              z.getKey(),
              home,
              existing,
              existing.isEmpty() ? List.copyOf(z.getValue()) : List.of()));
    }
    return zones;
  }

  /** The outputs of the deployment: the workspace, each identity and each home storage account. */
  private List<OutputPlan> outputs(WorkspacePlan ws) {
    List<OutputPlan> outputs = new ArrayList<>();
    outputs.add(new OutputPlan("workspaceName", ws.name(), "name", "Azure ML workspace name."));
    outputs.add(new OutputPlan("workspaceId", ws.name(), "id", "Azure ML workspace resource id."));
    for (IdentityPlan id : identities) {
      String key = id.owner().key();
      for (String[] p :
          new String[][] {{"principalId", "Principal id"}, {"clientId", "Client id"}}) {
        outputs.add(
            new OutputPlan(
                Names.camel("identity", key, p[0]),
                id.name(),
                p[0],
                p[1] + " of " + id.name() + ".",
                id.owner()));
      }
    }
    for (StoragePlan st : storages) {
      if (!st.existing() && st.scope().isHome()) {
        String key = st.role() == StorageRole.SILO ? st.owner().key() : st.role().yamlName();
        for (String[] p : new String[][] {{"name", "Name"}, {"id", "Resource id"}}) {
          outputs.add(
              new OutputPlan(
                  Names.camel("storage", key, p[0]),
                  st.name(),
                  p[0],
                  p[1] + " of storage account " + st.name() + "."));
        }
      }
    }
    // output names are camelCase of party names; silos such as ab-1 and ab1 would collide
    java.util.Set<String> used = new java.util.HashSet<>();
    for (int k = 0; k < outputs.size(); k++) {
      OutputPlan o = outputs.get(k);
      String name = o.name();
      for (int i = 2; !used.add(name); i++) {
        name = o.name() + i;
      }
      outputs.set(k, new OutputPlan(name, o.resource(), o.property(), o.description(), o.owner()));
    }
    return outputs;
  }

  private List<AksPlan> aksClusters;

  /** AKS clusters of external silos, with flgen's hardened defaults; planned once. */
  private List<AksPlan> aksClusters() {
    if (aksClusters == null) {
      aksClusters = planAksClusters();
    }
    return aksClusters;
  }

  private List<AksPlan> planAksClusters() {
    List<AksPlan> out = new ArrayList<>();
    for (int i = 0; i < t.silos().size(); i++) {
      if (t.silos().get(i) instanceof io.flgen.model.ExternalSilo e
          && e.cluster() instanceof io.flgen.model.KubernetesCluster.Aks aks) {
        // the cluster lives with its VNet, in the workspace's subscription (Azure ML attaches it
        // there)
        Scope scope = computeScope(e);
        Party p = Party.silo(e.name(), i);
        String built = n.builtFrom(" and silo name '" + e.name() + "'");
        named(NameKind.AKS_CLUSTER, n.aksCluster(e.name()), p, scope, p.path() + ".name", built);
        out.add(
            new AksPlan(
                n.aksCluster(e.name()),
                Party.silo(e.name(), i),
                scope,
                e.region(),
                aks.privateCluster(),
                aks.authorizedIpRanges(),
                false,
                true,
                "azure",
                "silos[" + i + "].cluster",
                false,
                aks.adminGroupObjectId().orElse("")));
      }
    }
    return out;
  }

  /**
   * The resource group of a silo's identity (and of its storage unless it is cross-tenant): the
   * silo's own group, or the orchestrator's group name plus the silo name. Compute, identity and
   * VNet of a cross-tenant silo stay in the orchestrator's subscription.
   */
  static Scope siloScope(Topology t, Silo s) {
    String sub = t.orchestrator().subscriptionId();
    String rg = t.orchestrator().resourceGroup();
    return s instanceof CrossTenantSilo
        ? new Scope(Scope.HOME, sub, rg + "-" + s.name())
        : new Scope(
            Scope.HOME,
            s.subscriptionId().orElse(sub),
            s.resourceGroup().orElse(rg + "-" + s.name()));
  }

  /** The orchestrator's identity, by resource id. */
  static ResourceRef orchestratorIdentity(Topology t) {
    return ResourceRef.identity(
        new Scope(Scope.HOME, t.orchestrator().subscriptionId(), t.orchestrator().resourceGroup()),
        new Names(t).orchestratorIdentity());
  }

  /**
   * A silo's identity, by resource id: its identity.name or the generated name, in {@link
   * #siloScope}.
   */
  static ResourceRef siloIdentity(Topology t, Silo s) {
    return ResourceRef.identity(
        siloScope(t, s), s.identity().name().orElse(new Names(t).siloIdentity(s.name())));
  }

  /**
   * Plans one silo. Compute, identity and VNet always live in the orchestrator's tenant (Azure ML
   * computes belong to the orchestrator workspace); a cross-tenant silo's storage lives in its own
   * tenant and is reached through a federated app, never through a cross-tenant role on the managed
   * identity. An external silo with local data keeps its data on the cluster and has no silo
   * storage.
   */
  private void silo(
      Silo s,
      int i,
      Optional<VnetPlan> hub,
      StoragePlan exchange,
      Stage stage,
      Exposure exchangeExposure) {
    Party p = Party.silo(s.name(), i);
    String path = p.path();
    Scope scope = siloScope(t, s);
    group(
        scope,
        s.resourceGroup().isPresent()
            && !AzureName.same(scope.subscriptionId(), home.subscriptionId()));
    String identity = siloIdentity(t, s).name();
    if (knownIdentities.add(siloIdentity(t, s))) {
      identities.add(new IdentityPlan(identity, p, scope, s.region(), path + ".identity"));
    }
    Optional<VnetPlan> v = siloVnet(p, s, hub);
    Optional<StoragePlan> st = siloStorage(p, s, scope, v, exposure(s.network().mode(), stage));
    // without peering, a private exchange account needs an endpoint in the silo's own VNet too
    if (exchangeExposure.privateEndpoint()
        && v.isPresent()
        && (hub.isEmpty() || !t.network().peering())) {
      endpoint(new Target(p, "storage", exchange.name(), home), PrivateLinkService.BLOB, v.get());
    }
    if (s instanceof ExternalSilo e) {
      kubernetes.add(kubernetesPlan(e, p, scope, identity, v));
    } else {
      for (int j = 0; j < s.computes().size(); j++) {
        compute(p, s.computes().get(j), s.region(), identity, v, path + ".computes[" + j + "]");
      }
    }
    siloGrants(p, s, identity, st, exchange);
    int firstDatastore = datastores.size();
    siloDatastores(p, s, st, exchange);
    siloNames(s, p, scope, st, v, datastores.subList(firstDatastore, datastores.size()));
  }

  /** The silo's VNet (none for an Arc cluster, which runs outside Azure), peered to the hub. */
  private Optional<VnetPlan> siloVnet(Party p, Silo s, Optional<VnetPlan> hub) {
    String path = p.path();
    boolean arc = s instanceof ExternalSilo e0 && e0.cluster() instanceof KubernetesCluster.Arc;
    // an Arc cluster runs outside Azure: flgen creates no VNet for it
    // Azure ML requires a compute's VNet in the workspace's subscription; a private endpoint lives
    // with its VNet, so only the silo's storage and its grants stay in the silo's subscription
    Scope netScope = computeScope(s);
    if (!arc && s.network().mode().isIsolated()) {
      group(netScope, false);
    }
    Optional<VnetPlan> v =
        arc
            ? Optional.empty()
            : vnet(p, s.name(), netScope, s.region(), s.network(), path + ".network");
    if (v.isPresent() && hub.isPresent() && t.network().peering()) {
      peerings.add(
          new PeeringPlan(
              "peer-" + v.get().name() + "-to-" + hub.get().name(),
              v.get(),
              hub.get(),
              false,
              false));
      peerings.add(
          new PeeringPlan(
              "peer-" + hub.get().name() + "-to-" + v.get().name(),
              hub.get(),
              v.get(),
              false,
              false));
    }
    return v;
  }

  /**
   * The silo's storage account, new or existing, with its private endpoint; empty for an external
   * silo that keeps its data on the cluster.
   */
  private Optional<StoragePlan> siloStorage(
      Party p, Silo s, Scope scope, Optional<VnetPlan> v, Exposure siloExposure) {
    boolean localOnly = s instanceof ExternalSilo e1 && e1.localData().isPresent();
    if (localOnly) {
      return Optional.empty();
    }
    boolean crossTenant = s instanceof CrossTenantSilo;
    StoragePlan plan = siloStoragePlan(p, s, scope, siloExposure);
    storages.add(plan);
    if (siloExposure.privateEndpoint() && v.isPresent()) {
      // an existing account's owner approves the connection unless the deployer may
      boolean ownerApproves =
          crossTenant || (s.storage() instanceof Storage.Existing ex && !ex.deployerApproves());
      endpoint(
          new Target(p, "storage", plan.name(), plan.scope()),
          PrivateLinkService.BLOB,
          v.get(),
          ownerApproves,
          n.privateEndpoint(plan.name(), PrivateLinkService.BLOB.groupId()));
    }
    return Optional.of(plan);
  }

  /**
   * The silo's account: in its own tenant for a cross-tenant silo, referenced (never PUT) when it
   * exists.
   */
  private StoragePlan siloStoragePlan(Party p, Silo s, Scope scope, Exposure siloExposure) {
    String path = p.path();
    Scope dataScope = scope;
    if (s instanceof CrossTenantSilo ct) {
      dataScope =
          new Scope(
              ct.tenantId(),
              ct.subscriptionId().orElseThrow(),
              ct.resourceGroup().orElse("rg-" + n.prefix() + "-" + s.name()));
    }
    StoragePlan plan;
    if (s.storage() instanceof Storage.Existing e) {
      Scope es =
          new Scope(
              dataScope.tenant(),
              e.subscriptionId().isEmpty() ? dataScope.subscriptionId() : e.subscriptionId(),
              e.resourceGroup());
      group(es, true); // holds the existing account: referenced, never PUT
      plan =
          new StoragePlan(
              e.accountName(),
              p,
              StorageRole.SILO,
              es,
              s.region(),
              true,
              "",
              false,
              new Exposure(
                  !siloExposure.privateEndpoint(),
                  siloExposure.defaultActionDeny(),
                  siloExposure.privateEndpoint()),
              StorageSettings.HARDENED,
              0,
              List.of(),
              path + ".storage.existing");
    } else {
      Storage.New ns = (Storage.New) s.storage();
      Account a =
          new Account(
              n.siloStorage(s.name()),
              p,
              StorageRole.SILO,
              dataScope,
              s.region(),
              path + ".storage");
      plan = created(a, ns, siloExposure, List.of(s.data().container()));
    }
    return plan;
  }

  /**
   * Least privilege: the silo's own data container read-write (through its federated app across
   * tenants), its own update container write, the global model read; the orchestrator reads its
   * updates; its data owners upload to its data container.
   */
  private void siloGrants(
      Party p, Silo s, String identity, Optional<StoragePlan> st, StoragePlan exchange) {
    siloDataGrant(p, s, identity, st);
    grant(
        service(identity, p),
        BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR,
        exchange,
        n.updatesContainer(s.name()),
        "write",
        "the silo writes its model updates to its own container only");
    grant(
        service(identity, p),
        BuiltInRoles.STORAGE_BLOB_DATA_READER,
        exchange,
        n.globalModelContainer(),
        "read",
        "the silo reads the global model");
    grant(
        service(n.orchestratorIdentity(), Party.ORCHESTRATOR),
        BuiltInRoles.STORAGE_BLOB_DATA_READER,
        exchange,
        n.updatesContainer(s.name()),
        "read",
        "aggregation reads this silo's model updates");
    if (st.isPresent()) {
      for (var owner : s.dataOwners()) {
        // the data owner uploads straight to the silo's data container, never through the workspace
        grant(
            person(owner, p),
            BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR,
            st.get(),
            s.data().container(),
            "write",
            "the silo's data owner uploads its data to its own data container only");
      }
    }
  }

  /** The silo's grant on its own data container, for its identity or its federated app. */
  private void siloDataGrant(Party p, Silo s, String identity, Optional<StoragePlan> st) {
    if (st.isPresent() && s instanceof CrossTenantSilo ct) {
      String app = n.federatedApp(s.name());
      federations.add(
          new FederationPlan(
              p,
              app,
              t.orchestrator().tenantId().orElse(HOME_TENANT_PLACEHOLDER),
              ct.tenantId(),
              identity,
              st.get().name(),
              s.data().container(),
              st.get().scope()));
      grant(
          service(app, p),
          BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR,
          st.get(),
          s.data().container(),
          "read-write",
          "the silo's federated app reads its data in its own tenant (managed identities do not cross tenants)");
    } else if (st.isPresent()) {
      // the data container, not the account: an existing account may hold the party's other data
      grant(
          service(identity, p),
          BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR,
          st.get(),
          s.data().container(),
          "read-write",
          "the silo reads its data and writes preprocessed data in its own data container");
    }
  }

  /** The silo's data datastore (not across tenants) and its updates datastore. */
  private void siloDatastores(Party p, Silo s, Optional<StoragePlan> st, StoragePlan exchange) {
    boolean crossTenant = s instanceof CrossTenantSilo;
    if (st.isPresent() && !crossTenant) {
      datastores.add(
          new DatastorePlan(
              n.siloDataDatastore(s.name()),
              p,
              DatastorePlan.Purpose.DATA,
              st.get().name(),
              s.data().container(),
              endpointSuffix()));
    }
    datastores.add(
        new DatastorePlan(
            n.siloUpdatesDatastore(s.name()),
            p,
            DatastorePlan.Purpose.UPDATES,
            exchange.name(),
            n.updatesContainer(s.name()),
            endpointSuffix()));
  }

  /** Written where the orchestrator tenant id belongs when the topology does not give it. */
  public static final String HOME_TENANT_PLACEHOLDER = "<orchestrator-tenant-id>";

  private KubernetesPlan kubernetesPlan(
      ExternalSilo e, Party p, Scope scope, String identity, Optional<VnetPlan> v) {
    Cluster c =
        e.cluster() instanceof KubernetesCluster.Arc arc
            ? arcCluster(e, arc, scope)
            : aksCluster(e, p, (KubernetesCluster.Aks) e.cluster());
    return new KubernetesPlan(
        p,
        c.kind(),
        c.name(),
        c.scope(),
        e.region(),
        "azureml",
        e.computes().get(0).name(),
        identity,
        n.namespace(e.name()),
        instanceTypes(e),
        localVolume(e),
        c.systemPool(),
        c.confidentialPool(),
        c.sgxPlugin(),
        c.networkPolicy(),
        p.path() + ".cluster",
        c.privatePath());
  }

  /** What differs between an onboarded Arc cluster and an AKS cluster flgen creates. */
  private record Cluster(
      KubernetesPlan.Kind kind,
      String name,
      Scope scope,
      Optional<KubernetesPlan.NodePoolPlan> systemPool,
      Optional<KubernetesPlan.NodePoolPlan> confidentialPool,
      boolean sgxPlugin,
      boolean networkPolicy,
      String privatePath) {}

  /**
   * An onboarded Arc cluster: referenced, never PUT, in its own resource group when it names one.
   */
  private Cluster arcCluster(ExternalSilo e, KubernetesCluster.Arc arc, Scope scope) {
    Scope cs =
        new Scope(
            Scope.HOME,
            scope.subscriptionId(),
            arc.resourceGroup().isEmpty() ? scope.resourceGroup() : arc.resourceGroup());
    group(cs, true); // holds the onboarded Arc cluster: referenced, never PUT
    // flgen cannot see an Arc cluster's network policy engine: an unenforced policy is harmless,
    // an enforced one is the goal
    String path = e.privatePath().map(x -> x.via() + " via DNS " + x.dnsServer()).orElse("");
    return new Cluster(
        KubernetesPlan.Kind.ARC,
        arc.name(),
        cs,
        Optional.empty(),
        Optional.empty(),
        false,
        true,
        path);
  }

  /** The InstanceTypes an external silo declares, in order. */
  private static List<KubernetesPlan.InstanceTypePlan> instanceTypes(ExternalSilo e) {
    List<KubernetesPlan.InstanceTypePlan> types = new ArrayList<>();
    for (var it : e.instanceTypes()) {
      types.add(
          new KubernetesPlan.InstanceTypePlan(
              it.name(),
              it.cpu(),
              it.memory(),
              it.gpu(),
              it.nodeSelectorPool().orElse(""),
              it.epc().orElse("")));
    }
    return types;
  }

  /** The volume of an external silo's local data (NFS or a host path), when it declares one. */
  private static Optional<KubernetesPlan.VolumePlan> localVolume(ExternalSilo e) {
    return e.localData()
        .map(
            d ->
                new KubernetesPlan.VolumePlan(
                    "fl-" + e.name() + "-data",
                    d instanceof io.flgen.model.LocalData.Nfs ? "nfs" : "hostPath",
                    d instanceof io.flgen.model.LocalData.Nfs nfs ? nfs.server() : "",
                    d instanceof io.flgen.model.LocalData.Nfs nfs2
                        ? nfs2.path()
                        : ((io.flgen.model.LocalData.HostPath) d).path(),
                    d.size(),
                    d.mountPath()));
  }

  /** The AKS cluster flgen creates for an external silo, with its node pools. */
  private Cluster aksCluster(ExternalSilo e, Party p, KubernetesCluster.Aks aks) {
    Optional<KubernetesPlan.NodePoolPlan> pool =
        aks.confidentialNodePool()
            .map(
                c ->
                    new KubernetesPlan.NodePoolPlan(
                        "confidential",
                        c.vmSize(),
                        c.nodeCount(),
                        c.technology(),
                        c.enclaveRuntime().orElse("")));
    boolean sgx = pool.map(x -> x.technology().equals("sgx")).orElse(false);
    Optional<KubernetesPlan.NodePoolPlan> system =
        Optional.of(
            new KubernetesPlan.NodePoolPlan(
                "system", aks.nodeVmSize(), aks.nodeCount(), "none", ""));
    // NetworkPolicy objects only when the cluster flgen creates has an engine that enforces them
    boolean networkPolicy =
        aksClusters().stream()
            .filter(a -> a.owner().equals(p))
            .map(AksPlan::networkPolicy)
            .anyMatch(
                engine ->
                    engine != null && !engine.isBlank() && !engine.trim().equalsIgnoreCase("none"));
    return new Cluster(
        KubernetesPlan.Kind.AKS,
        n.aksCluster(e.name()),
        computeScope(e),
        system,
        pool,
        sgx,
        networkPolicy,
        "");
  }

  private String endpointSuffix() {
    return switch (cloud) {
      case PUBLIC -> "core.windows.net";
      case US_GOV -> "core.usgovcloudapi.net";
      case CHINA -> "core.chinacloudapi.cn";
    };
  }

  private static List<String> sorted(List<String> xs) {
    return xs.stream().sorted().toList();
  }

  private Optional<VnetPlan> vnet(
      Party p, String key, Scope scope, String region, Network net, String origin) {
    if (!net.mode().isIsolated()) {
      return Optional.empty();
    }
    Cidr space = Cidr.parse(net.addressSpace()).cidr().orElseThrow();
    String compute = net.computeSubnet().orElse(space.subnet(space.prefix() + 1, 0).toString());
    String pe = net.privateEndpointSubnet().orElse(space.subnet(space.prefix() + 2, 2).toString());
    // compute subnets have no default outbound access: explicit egress to what Azure ML needs
    String nat = "ng-" + n.prefix() + "-" + key;
    List<SubnetPlan> subnets = new ArrayList<>();
    subnets.add(
        new SubnetPlan(
            "snet-compute",
            compute,
            n.nsg(key) + "-compute",
            false,
            false,
            amlOutboundRules(),
            nat,
            "pip-" + nat,
            ""));
    subnets.add(
        new SubnetPlan("snet-private-endpoints", pe, n.nsg(key) + "-pe", true, false, List.of()));
    if (Names.ORCHESTRATOR.equals(key) && t.network().wayIn().isPresent()) {
      Cidr quarter = space.subnet(space.prefix() + 2, 3);
      // Bastion's subnet takes no NSG of ours (it needs Bastion's own rule set); the jumpbox's has
      // one
      subnets.add(
          new SubnetPlan(
              "AzureBastionSubnet", quarter.subnet(26, 0).toString(), "", false, false, List.of()));
      subnets.add(
          new SubnetPlan(
              "snet-jumpbox",
              quarter.subnet(27, 2).toString(),
              n.nsg(key) + "-jumpbox",
              false,
              false,
              List.of(),
              nat,
              "pip-" + nat,
              ""));
    }
    VnetPlan v =
        new VnetPlan(n.vnet(key), p, scope, region, space.toString(), List.copyOf(subnets), origin);
    vnets.add(v);
    return Optional.of(v);
  }

  /** What a private endpoint connects to: the kind, name and resource group of the target. */
  private record Target(Party owner, String kind, String name, Scope scope) {}

  /** An automatically approved endpoint named after its target and sub-resource. */
  private void endpoint(Target to, PrivateLinkService svc, VnetPlan vnet) {
    endpoint(to, svc, vnet, false, n.privateEndpoint(to.name(), svc.groupId()));
  }

  private void endpoint(
      Target to, PrivateLinkService svc, VnetPlan vnet, boolean manualApproval, String name) {
    List<String> zs = new ArrayList<>();
    zs.add(svc.zone(cloud));
    if (svc == PrivateLinkService.AML_API) {
      zs.add(PrivateLinkService.AML_NOTEBOOKS.zone(cloud));
    }
    endpoints.add(
        new PrivateEndpointPlan(
            name,
            to.owner(),
            to.kind(),
            to.name(),
            to.scope(),
            svc.groupId(),
            vnet,
            List.copyOf(zs),
            manualApproval));
    for (String z : zs) {
      zoneLinks.computeIfAbsent(z, k -> new ArrayList<>());
    }
  }

  /**
   * Every VNet that hosts an endpoint registered in a zone, and every VNet peered with one, must
   * resolve the zone. Computed once all endpoints and peerings exist.
   */
  private void linkZones() {
    Map<VnetPlan, List<VnetPlan>> peeredWith = new java.util.IdentityHashMap<>();
    for (PeeringPlan pr : peerings) {
      peeredWith.computeIfAbsent(pr.remote(), k -> new ArrayList<>()).add(pr.local());
    }
    // what each zone already links, as a set: a contains() on the list per endpoint was quadratic
    // in the silo count
    Map<String, java.util.Set<VnetPlan>> linked = new java.util.HashMap<>();
    for (PrivateEndpointPlan e : endpoints) {
      for (String z : e.zones()) {
        List<VnetPlan> links = zoneLinks.get(z);
        java.util.Set<VnetPlan> seen =
            linked.computeIfAbsent(z, k -> new java.util.HashSet<>(links));
        addLink(links, seen, e.vnet());
        for (VnetPlan local : peeredWith.getOrDefault(e.vnet(), List.of())) {
          addLink(links, seen, local);
        }
      }
    }
  }

  private static void addLink(List<VnetPlan> links, java.util.Set<VnetPlan> seen, VnetPlan v) {
    if (seen.add(v)) {
      links.add(v);
    }
  }

  private void compute(
      Party p, Compute c, String region, String identity, Optional<VnetPlan> v, String origin) {
    computes.add(
        new ComputePlan(
            c.name(),
            p,
            region,
            c.vmSize(),
            c.minNodes(),
            c.maxNodes(),
            identity,
            v.orElse(null),
            v.isEmpty(),
            false,
            false,
            origin,
            List.of()));
  }

  /** The outbound allow rules of a compute subnet: exactly the service tags Azure ML needs. */
  private static List<NsgRulePlan> amlOutboundRules() {
    List<NsgRulePlan> rules = new ArrayList<>();
    int priority = 200;
    for (io.flgen.azure.AmlOutbound.Tag tag : io.flgen.azure.AmlOutbound.REQUIRED) {
      String name =
          "allow-"
              + tag.tag().toLowerCase(java.util.Locale.ROOT).replace('.', '-')
              + "-"
              + tag.protocol().toLowerCase(java.util.Locale.ROOT);
      rules.add(
          new NsgRulePlan(
              name,
              priority,
              "Outbound",
              "Allow",
              tag.protocol(),
              "VirtualNetwork",
              tag.ports(),
              tag.tag()));
      priority += 10;
    }
    return rules;
  }

  /** Where a silo's VNet and compute-side resources live: the workspace's subscription. */
  private Scope computeScope(Silo s) {
    String rg = s.resourceGroup().orElse(home.resourceGroup() + "-" + s.name());
    if (s instanceof CrossTenantSilo) {
      rg = home.resourceGroup() + "-" + s.name();
    }
    return new Scope(Scope.HOME, home.subscriptionId(), rg);
  }

  /**
   * Records a resource group: created by the deployment, or referenced when it is another party's.
   */
  private void group(Scope scope, boolean existing) {
    if (existing) {
      if (!knownGroups.contains(scope) && !existingGroups.contains(scope)) {
        existingGroups.add(scope);
      }
    } else if (knownGroups.add(scope)) {
      resourceGroups.add(scope);
    }
  }

  /**
   * A compute without a node public IP reaches the workspace only through an {@code amlworkspace}
   * private endpoint whose zones its VNet resolves, even when the workspace is public. One endpoint
   * in the hub serves every VNet peered with it (the zones are linked to the spokes); a VNet the
   * hub does not reach gets its own. Computes are deployed after the endpoint they use.
   */
  private void workspaceEndpoints(WorkspacePlan ws, Optional<VnetPlan> hub) {
    java.util.Set<VnetPlan> computeVnets = privateComputeVnets();
    boolean wsPrivate = !ws.publicNetworkAccess();
    boolean hubEndpoint = endpoints.stream().anyMatch(e -> e.targetKind().equals("workspace"));
    if (hub.isPresent() && !hubEndpoint && (!computeVnets.isEmpty() || wsPrivate)) {
      endpoint(
          new Target(Party.ORCHESTRATOR, "workspace", ws.name(), home),
          PrivateLinkService.AML_API,
          hub.get());
      hubEndpoint = true;
    }
    java.util.Map<VnetPlan, String> endpointOf = new java.util.IdentityHashMap<>();
    String hubName =
        hubEndpoint ? n.privateEndpoint(ws.name(), PrivateLinkService.AML_API.groupId()) : "";
    for (VnetPlan v : computeVnets) {
      boolean reachesHub = hub.isPresent() && (v == hub.get() || t.network().peering());
      if (reachesHub) {
        endpointOf.put(v, hubName);
      } else {
        String name =
            n.privateEndpoint(ws.name(), PrivateLinkService.AML_API.groupId())
                + "-"
                + v.owner().key();
        endpoint(
            new Target(v.owner(), "workspace", ws.name(), home),
            PrivateLinkService.AML_API,
            v,
            false,
            name);
        endpointOf.put(v, name);
      }
    }
    for (int i = 0; i < computes.size(); i++) {
      ComputePlan c = computes.get(i);
      String pe = c.vnet() == null ? null : endpointOf.get(c.vnet());
      if (pe != null) {
        computes.set(i, c.deployedAfter(List.of(pe)));
      }
    }
  }

  /** The VNets whose nodes have no public IP: Azure ML computes' and the AKS clusters'. */
  private java.util.Set<VnetPlan> privateComputeVnets() {
    java.util.Set<VnetPlan> computeVnets = new java.util.LinkedHashSet<>();
    computes.stream()
        .filter(c -> c.vnet() != null && !c.nodePublicIp())
        .forEach(c -> computeVnets.add(c.vnet()));
    for (KubernetesPlan k : kubernetes) {
      if (k.kind() == KubernetesPlan.Kind.AKS) {
        vnets.stream()
            .filter(x -> x.owner().equals(k.owner()))
            .findFirst()
            .ifPresent(computeVnets::add);
      }
    }
    return computeVnets;
  }

  /** Azure Bastion and a jumpbox in the hub's way-in subnets (planned with the hub, in vnet()). */
  private Optional<WayInPlan> wayIn(Optional<VnetPlan> hub) {
    if (t.network().wayIn().isEmpty() || hub.isEmpty()) {
      return Optional.empty();
    }
    io.flgen.model.WayIn w = t.network().wayIn().get();
    String bastion = "bas-" + n.prefix();
    return Optional.of(
        new WayInPlan(
            "bastion",
            hub.get(),
            bastion,
            "pip-" + bastion,
            "vm-" + n.prefix() + "-jumpbox",
            w.jumpboxVmSize()));
  }

  /**
   * Each person whose step runs from the jumpbox signs in to it with Entra ID, as themselves:
   * Reader on the VM, its NIC and the Bastion host ({@code az network bastion ssh} reads them) and
   * Virtual Machine User Login on the VM. A person works from the jumpbox when a target of their
   * step is not reachable from the internet: data scientists when the workspace or its storage is
   * private, a silo's data owners when the silo's storage in this tenant is.
   */
  private void wayInGrants(WayInPlan w, WorkspacePlan ws, StoragePlan wsStore) {
    List<io.flgen.model.Principal> people = new ArrayList<>();
    List<Party> owners = new ArrayList<>();
    if (!ws.publicNetworkAccess() || !wsStore.exposure().internetReachable()) {
      t.people()
          .dataScientists()
          .forEach(
              p -> {
                people.add(p);
                owners.add(Party.ORCHESTRATOR);
              });
    }
    for (StoragePlan st : storages) {
      if (st.role() == SILO && st.scope().isHome() && !st.exposure().internetReachable()) {
        t.silos().stream()
            .filter(x -> x.name().equals(st.owner().key()))
            .findFirst()
            .ifPresent(
                x ->
                    x.dataOwners()
                        .forEach(
                            p -> {
                              people.add(p);
                              owners.add(st.owner());
                            }));
      }
    }
    java.util.Set<String> done = new java.util.HashSet<>();
    for (int i = 0; i < people.size(); i++) {
      var p = people.get(i);
      if (done.add(p.objectId())) {
        // one person in two groups: one set of assignments (their names would collide)
        jumpboxGrants(w, p, owners.get(i));
      }
    }
  }

  /** Bastion's native client needs Reader on the VM, its NIC and Bastion, then the login role. */
  private void jumpboxGrants(WayInPlan w, io.flgen.model.Principal p, Party owner) {
    String why =
        "the person signs in to the jumpbox with Entra ID, as themselves, through Azure Bastion";
    Scope s = w.hub().scope();
    for (String[] target :
        new String[][] {{"vm", w.jumpbox()}, {"nic", w.nic()}, {"bastion", w.name()}}) {
      serviceGrant(person(p, owner), BuiltInRoles.READER, target[0], target[1], s, "read", why);
    }
    serviceGrant(
        person(p, owner),
        BuiltInRoles.VIRTUAL_MACHINE_USER_LOGIN,
        "vm",
        w.jumpbox(),
        s,
        "login",
        why);
  }

  /**
   * Who receives a role: a managed identity or app, whose id the deployment resolves, or a person
   * or group by Entra object id.
   */
  private record Grantee(String name, Party owner, String type, String objectId) {}

  /** A managed identity or app of {@code owner}. */
  private static Grantee service(String name, Party owner) {
    return new Grantee(name, owner, RoleGrant.SERVICE_PRINCIPAL, "");
  }

  /** A person or group of the topology, acting for {@code owner}. */
  private static Grantee person(io.flgen.model.Principal p, Party owner) {
    return new Grantee(p.label(), owner, p.principalType(), p.objectId());
  }

  /** A control-plane grant on a registry, workspace, cluster, vault, VM, NIC, Bastion or subnet. */
  private void serviceGrant(
      Grantee who,
      BuiltInRoles.Role role,
      String targetKind,
      String target,
      Scope scope,
      String access,
      String reason) {
    serviceGrants.add(
        new RoleGrant(
            who.name(),
            who.owner(),
            role.name(),
            role.guid(),
            targetKind,
            target,
            "",
            access,
            scope,
            reason,
            who.type(),
            who.objectId()));
  }

  /** A data-plane grant on a storage account (or one of its containers): the access matrix. */
  private void grant(
      Grantee who,
      BuiltInRoles.Role role,
      StoragePlan st,
      String container,
      String access,
      String reason) {
    grants.add(
        new RoleGrant(
            who.name(),
            who.owner(),
            role.name(),
            role.guid(),
            "storage",
            st.name(),
            container,
            access,
            st.scope(),
            reason,
            who.type(),
            who.objectId()));
  }
}
