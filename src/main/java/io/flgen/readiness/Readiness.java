package io.flgen.readiness;

import io.flgen.plan.ComputePlan;
import io.flgen.plan.DatastorePlan;
import io.flgen.plan.DnsZonePlan;
import io.flgen.plan.FederationPlan;
import io.flgen.plan.KeyVaultPlan;
import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.LastMemo;
import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import io.flgen.plan.PrivateEndpointPlan;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.StepPlan;
import io.flgen.plan.StoragePlan;
import io.flgen.plan.VnetPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks what every pipeline step and every person's step touches, and for each target finds the
 * network path (VNet, private endpoint or egress, DNS zone linked to that VNet, the target's public
 * or private access) and the grant (the principal's role at a scope that covers the target).
 */
public final class Readiness {
  private static final Set<String> BLOB_READ =
      Set.of(
          "Storage Blob Data Reader", "Storage Blob Data Contributor", "Storage Blob Data Owner");
  private static final Set<String> BLOB_WRITE =
      Set.of("Storage Blob Data Contributor", "Storage Blob Data Owner");
  private static final Set<String> FILE_WRITE = Set.of("Storage File Data Privileged Contributor");
  private static final Set<String> PULL = Set.of("AcrPull", "AcrPush");
  private static final Set<String> SUBMIT =
      Set.of("AzureML Data Scientist", "Contributor", "Owner");
  private static final Set<String> CRYPTO =
      Set.of("Key Vault Crypto User", "Key Vault Crypto Officer");
  private static final Set<String> READER = Set.of("Reader", "Contributor", "Owner");
  private static final Set<String> VM_LOGIN =
      Set.of("Virtual Machine User Login", "Virtual Machine Administrator Login");
  private static final Set<String> CLUSTER_ADMIN =
      Set.of("Azure Kubernetes Service RBAC Cluster Admin", "Azure Kubernetes Service RBAC Admin");

  /** The actor of the orchestrator admin's datastore step in DEPLOY.md. */
  public static final String ADMIN_DATASTORES = "orchestrator admin: az ml datastore create";

  /** The actor of the data scientists' data asset step in DEPLOY.md. */
  public static final String DATA_ASSETS = "data scientist: az ml data create";

  /** The actor of the data scientists' baseline upload in DEPLOY.md. */
  public static final String BASELINE_UPLOAD = "data scientist: upload the baseline data";

  private final Plan plan;
  private final List<Check> checks = new ArrayList<>();

  /**
   * Private endpoints by target and sub-resource, and storage accounts by name: looked up per
   * check.
   */
  private final Map<String, List<PrivateEndpointPlan>> endpoints = new HashMap<>();

  private final Map<String, StoragePlan> storages = new HashMap<>();
  /*
   * Every other list the checks search is indexed once here too: a check runs per step (rounds x
   * silos) and scanning the plan's lists per check made the analysis quadratic in the silo count.
   * Each index keeps the plan's order, so the first match is the one a scan would have found.
   */
  private final Map<String, ComputePlan> computes = new HashMap<>();
  private final Map<String, KubernetesPlan> kubernetesByCompute = new HashMap<>();
  private final Map<Party, FederationPlan> federations = new HashMap<>();
  private final Map<String, DatastorePlan> datastores = new HashMap<>();
  private final Map<String, List<RoleGrant>> grantsByTarget = new HashMap<>();
  private final Map<String, List<RoleGrant>> serviceGrantsByTarget = new HashMap<>();

  private final GrantIndex grantIndex;
  private final GrantIndex serviceGrantIndex;
  private final Map<String, Set<String>> peeredWith = new HashMap<>();
  private final Map<String, DnsZonePlan> zones = new HashMap<>();
  private final Map<String, Set<String>> zoneLinks = new HashMap<>();
  private final Map<String, String> containers = new HashMap<>();
  private final Map<Party, VnetPlan> vnetsByOwner = new HashMap<>();

  private Readiness(Plan plan) {
    this.plan = plan;
    plan.privateEndpoints()
        .forEach(
            e ->
                endpoints
                    .computeIfAbsent(e.target() + "|" + e.groupId(), k -> new ArrayList<>())
                    .add(e));
    plan.storages().forEach(s -> storages.putIfAbsent(s.name(), s));
    plan.computes().forEach(c -> computes.putIfAbsent(c.name(), c));
    plan.kubernetes().forEach(k -> kubernetesByCompute.putIfAbsent(k.computeName(), k));
    plan.federations().forEach(f -> federations.putIfAbsent(f.owner(), f));
    plan.datastores().forEach(d -> datastores.putIfAbsent(d.name(), d));
    plan.grants()
        .forEach(g -> grantsByTarget.computeIfAbsent(g.target(), k -> new ArrayList<>()).add(g));
    plan.serviceGrants()
        .forEach(
            g -> serviceGrantsByTarget.computeIfAbsent(g.target(), k -> new ArrayList<>()).add(g));
    grantIndex = new GrantIndex(plan.grants());
    serviceGrantIndex = new GrantIndex(plan.serviceGrants());
    plan.peerings()
        .forEach(
            p ->
                peeredWith
                    .computeIfAbsent(p.local().name(), k -> new HashSet<>())
                    .add(p.remote().name()));
    for (DnsZonePlan z : plan.dnsZones()) {
      if (zones.putIfAbsent(z.zone(), z) == null) {
        Set<String> names = new HashSet<>();
        z.links().forEach(l -> names.add(l.name()));
        zoneLinks.put(z.zone(), names);
      }
    }
    // a silo's data container is where its own identity (or federated app) holds its data role
    plan.grants().stream()
        .filter(g -> !g.person() && !g.container().isEmpty())
        .forEach(g -> containers.putIfAbsent(g.target(), g.container()));
    plan.vnets().forEach(v -> vnetsByOwner.putIfAbsent(v.owner(), v));
  }

  /**
   * The last plan analysed and its checks. Rules, DEPLOY.md and the manifest of one render all read
   * the same plan; a plan is immutable, so its analysis is made once and shared (by identity).
   */
  private static final LastMemo<Plan, List<Check>> LAST =
      new LastMemo<>(
          plan -> {
            Readiness r = new Readiness(plan);
            r.steps();
            r.people();
            return List.copyOf(r.checks);
          });

  /** Every check, steps first (in pipeline order), then people. */
  public static List<Check> analyse(Plan plan) {
    return LAST.get(plan);
  }

  /**
   * Where something runs.
   *
   * @param vnet the VNet it sits in; null outside any VNet flgen plans
   * @param internet it has an outbound path to public endpoints
   * @param noPublicIp an Azure ML compute without node public IPs (needs the workspace endpoint)
   * @param hubPath an Arc cluster with a declared private path to the hub
   */
  record Origin(
      String label, VnetPlan vnet, boolean internet, boolean noPublicIp, boolean hubPath) {}

  /** What the checks of one step share: the step, where it runs, and as whom. */
  private record Runner(String step, Origin o, String who, Set<String> principals, String path) {}

  private void steps() {
    List<StepPlan> all = new ArrayList<>(plan.pipeline().steps());
    all.addAll(plan.pipeline().baseline());
    for (StepPlan s : all) {
      step(s);
    }
  }

  private void step(StepPlan s) {
    Optional<ComputePlan> c = Optional.ofNullable(computes.get(s.compute()));
    Optional<KubernetesPlan> k = Optional.ofNullable(kubernetesByCompute.get(s.compute()));
    String originPath = s.party().path();
    if (c.isEmpty() && k.isEmpty()) {
      checks.add(
          new Check(
              s.name(),
              "compute " + s.compute(),
              "?",
              "compute " + s.compute(),
              "run",
              "the plan has no compute " + s.compute(),
              false,
              "-",
              false,
              originPath));
      return;
    }
    Origin o = c.map(this::origin).orElseGet(() -> origin(k.get()));
    String identity = c.map(ComputePlan::identity).orElseGet(() -> k.get().identity());
    Set<String> principals = new LinkedHashSet<>();
    principals.add(identity);
    Optional<FederationPlan> fed = Optional.ofNullable(federations.get(s.party()));
    fed.ifPresent(f -> principals.add(f.appName()));
    Runner r = new Runner(s.name(), o, String.join(" + ", principals), principals, originPath);
    platform(r);
    for (boolean input : new boolean[] {true, false}) {
      for (StepPlan.Port p : input ? s.inputs() : s.outputs()) {
        datastore(p)
            .ifPresent(
                d ->
                    storageCheck(
                        r,
                        d.account(),
                        d.container(),
                        input ? "read" : "write",
                        input ? BLOB_READ : BLOB_WRITE));
      }
    }
    if (fed.isPresent() && s.kind() != StepPlan.Kind.AGGREGATE) {
      storageCheck(
          r, fed.get().storage(), fed.get().container(), "read data (federated app)", BLOB_WRITE);
    }
    for (KeyVaultPlan v : plan.keyVaults()) {
      if (v.purpose() == KeyVaultPlan.Purpose.CONFIDENTIALITY
          && s.kind() != StepPlan.Kind.BASELINE) {
        add(
            r.step(),
            r.o(),
            r.who(),
            "vault " + v.name(),
            "encrypt and decrypt model updates",
            reach(r.o(), v.name(), "vault", v.publicNetworkAccess(), false),
            serviceGrant(r.principals(), "vault", v.name(), CRYPTO),
            r.path());
      }
    }
  }

  /** What every step needs of the platform: the workspace, its storage and the registry. */
  private void platform(Runner r) {
    var ws = plan.workspace();
    Origin o = r.o();
    add(
        r.step(),
        o,
        r.who(),
        "workspace " + ws.name(),
        "run the job",
        reach(o, ws.name(), "amlworkspace", ws.publicNetworkAccess(), o.noPublicIp()),
        new Grant("the job's run token (no role needed)", true),
        r.path());
    storageCheck(r, ws.storage(), "", "read code, write logs", BLOB_WRITE);
    add(
        r.step(),
        o,
        r.who(),
        "registry " + plan.registry().name(),
        "pull images",
        reach(o, plan.registry().name(), "registry", plan.registry().publicNetworkAccess(), false),
        serviceGrant(r.principals(), "registry", plan.registry().name(), PULL),
        r.path());
  }

  /**
   * The data scientists register the data assets: a workspace write (the asset is metadata pointing
   * at a datastore path); creating one reads no data, so it needs no access to silo storage, which
   * stays with the silos' data owners and the steps' identities.
   */
  private void dataAssets(String who, Set<String> people) {
    if (plan.pipeline().assets().isEmpty()) {
      return;
    }
    var ws = plan.workspace();
    Origin ao = personOrigin(List.of(workspaceTarget()));
    onWorkspace(
        DATA_ASSETS,
        ao,
        who,
        people,
        "create the data assets (metadata only, no access to silo storage)");
  }

  /**
   * People acting on the workspace from {@code o}: through the jumpbox when they need one, then the
   * workspace itself with their data-scientist role.
   */
  private void onWorkspace(String actor, Origin o, String who, Set<String> people, String what) {
    var ws = plan.workspace();
    jumpbox(actor, o, who, people, "people");
    add(
        actor,
        o,
        who,
        "workspace " + ws.name(),
        what,
        reach(o, ws.name(), "amlworkspace", ws.publicNetworkAccess(), false),
        serviceGrant(people, "workspace", ws.name(), SUBMIT),
        "people");
  }

  /** The workspace, as people reach it. */
  private Target workspaceTarget() {
    var ws = plan.workspace();
    return new Target(ws.name(), "amlworkspace", ws.publicNetworkAccess());
  }

  /** The people with a role on the workspace (the data scientists), in plan order. */
  private Set<String> scientists() {
    Set<String> people = new LinkedHashSet<>();
    plan.serviceGrants().stream()
        .filter(g -> g.person() && g.targetKind().equals("workspace"))
        .forEach(g -> people.add(g.principal()));
    return people;
  }

  private void people() {
    var ws = plan.workspace();
    Set<String> people = scientists();
    String who =
        people.isEmpty() ? "(nobody: people.dataScientists is empty)" : String.join(", ", people);
    Origin o =
        personOrigin(
            List.of(
                workspaceTarget(),
                new Target(ws.storage(), "blob", isPublic(storage(ws.storage()))),
                new Target(ws.storage(), "file", isPublic(storage(ws.storage())))));
    String actor = "data scientist: az ml job create";
    onWorkspace(actor, o, who, people, "submit the job");
    for (String service : List.of("blob", "file")) {
      add(
          actor,
          o,
          who,
          "storage " + ws.storage() + " (" + service + ")",
          "upload the code snapshot",
          reach(o, ws.storage(), service, isPublic(storage(ws.storage())), false),
          storageGrant(people, ws.storage(), "", service.equals("blob") ? BLOB_WRITE : FILE_WRITE),
          "people");
    }
    dataAssets(who, people);
    baselineUpload(who, people);
    adminDatastores();
    dataOwners();
    clusterAdmins();
  }

  /** The data scientists upload the baseline's pooled copy straight to its container. */
  private void baselineUpload(String who, Set<String> people) {
    for (DatastorePlan d : plan.datastores()) {
      if (d.purpose() == DatastorePlan.Purpose.BASELINE) {
        StoragePlan ex = storage(d.account());
        Origin bo = personOrigin(List.of(new Target(d.account(), "blob", isPublic(ex))));
        add(
            BASELINE_UPLOAD,
            bo,
            who,
            "storage " + d.account() + "/" + d.container(),
            "write the baseline data",
            reach(bo, d.account(), "blob", isPublic(ex), false),
            storageGrant(people, d.account(), d.container(), BLOB_WRITE),
            "people");
      }
    }
  }

  /**
   * The orchestrator admin creates the identity-based datastores: a workspace write, no storage
   * access (the job's identities read the data); whoever deployed main.bicep holds Owner or
   * Contributor there.
   */
  private void adminDatastores() {
    var ws = plan.workspace();
    Origin admin = personOrigin(List.of(workspaceTarget()));
    add(
        ADMIN_DATASTORES,
        admin,
        "the orchestrator admin who deployed main.bicep",
        "workspace " + ws.name(),
        "create the datastores",
        reach(admin, ws.name(), "amlworkspace", ws.publicNetworkAccess(), false),
        new Grant(
            "Owner or Contributor on the workspace's resource group (the deployment needs it)",
            true),
        "orchestrator");
  }

  /** Each silo's data owners upload to its data container. */
  private void dataOwners() {
    for (StoragePlan st : plan.storages()) {
      if (st.role() != io.flgen.plan.StorageRole.SILO) {
        continue;
      }
      String container = containers.getOrDefault(st.name(), "data");
      Set<String> owners = new LinkedHashSet<>();
      grantsByTarget.getOrDefault(st.name(), List.of()).stream()
          .filter(RoleGrant::person)
          .forEach(g -> owners.add(g.principal()));
      String ownerLabel =
          owners.isEmpty()
              ? "(nobody: " + st.owner().path() + ".dataOwners is empty)"
              : String.join(", ", owners);
      String a = "data owner of " + st.owner().key() + ": upload data";
      Path path;
      Origin po;
      if (!st.scope().isHome()) {
        po = new Origin("the partner tenant's own network", null, true, false, false);
        path =
            new Path(
                "the partner tenant's own network, which its admin provides (flgen sees only the partner's bundle)",
                true);
      } else {
        po = personOrigin(List.of(new Target(st.name(), "blob", isPublic(st))));
        path = reach(po, st.name(), "blob", isPublic(st), false);
      }
      jumpbox(a, po, ownerLabel, owners, st.owner().path() + ".dataOwners");
      add(
          a,
          po,
          ownerLabel,
          "storage " + st.name() + "/" + container,
          "write data",
          path,
          storageGrant(owners, st.name(), container, BLOB_WRITE),
          st.owner().path() + ".dataOwners");
    }
  }

  /** Each AKS cluster's admins apply its namespace and instance types. */
  private void clusterAdmins() {
    for (var aks : plan.aksClusters()) {
      Set<String> admins = new LinkedHashSet<>();
      serviceGrantsByTarget.getOrDefault(aks.name(), List.of()).stream()
          .filter(g -> g.targetKind().equals("aks"))
          .forEach(g -> admins.add(g.principal()));
      String label =
          admins.isEmpty()
              ? "(nobody: " + aks.owner().path() + ".cluster.adminGroupObjectId is empty)"
              : String.join(", ", admins);
      Origin po = new Origin("your machine", null, true, false, false);
      Path path =
          aks.privateCluster()
              ? new Path(
                  "az aks command invoke, through Azure Resource Manager (the API server is private)",
                  true)
              : new Path("the public API server, from authorized ranges", true);
      add(
          "cluster admin of "
              + aks.owner().key()
              + ": kubectl apply -f k8s/"
              + aks.owner().key()
              + "/",
          po,
          label,
          "aks " + aks.name(),
          "apply the namespace and instance types",
          path,
          serviceGrant(admins, "aks", aks.name(), CLUSTER_ADMIN),
          aks.origin());
    }
  }

  /** A person works from their own machine if that reaches every target, else from the way in. */
  private Origin personOrigin(List<Target> targets) {
    Origin own = new Origin("your machine", null, true, false, false);
    boolean ownOk =
        targets.stream().allMatch(t -> reach(own, t.name(), t.groupId(), t.publicOk(), false).ok());
    if (ownOk || plan.wayIn().isEmpty()) {
      return own;
    }
    var w = plan.wayIn().get();
    return new Origin(
        "the jumpbox " + w.jumpbox() + " (Azure Bastion " + w.name() + ")",
        w.hub(),
        true,
        false,
        false);
  }

  /**
   * A person whose step runs from the jumpbox signs in to it with Entra ID as themselves: Bastion's
   * native client reads the VM, its NIC and the Bastion host, and the sign-in needs Virtual Machine
   * User Login (or Administrator Login) on the VM.
   */
  private void jumpbox(String actor, Origin o, String who, Set<String> people, String path) {
    if (plan.wayIn().isEmpty() || o.vnet() == null || people.isEmpty()) {
      return; // nobody declared: the step's own check already says so
    }
    var w = plan.wayIn().get();
    List<Grant> need =
        List.of(
            serviceGrant(people, "vm", w.jumpbox(), READER),
            serviceGrant(people, "nic", w.nic(), READER),
            serviceGrant(people, "bastion", w.name(), READER),
            serviceGrant(people, "vm", w.jumpbox(), VM_LOGIN));
    List<String> missing = need.stream().filter(g -> !g.ok()).map(Grant::text).toList();
    Grant g =
        missing.isEmpty()
            ? new Grant(
                "Reader on "
                    + w.jumpbox()
                    + ", "
                    + w.nic()
                    + " and "
                    + w.name()
                    + ", Virtual Machine User Login on "
                    + w.jumpbox(),
                true)
            : new Grant(String.join("; ", missing), false);
    add(
        actor,
        o,
        who,
        "jumpbox " + w.jumpbox(),
        "sign in with Entra ID through Azure Bastion",
        new Path("Azure Bastion " + w.name() + " (native client, from your machine)", true),
        g,
        path);
  }

  record Target(String name, String groupId, boolean publicOk) {}

  record Path(String text, boolean ok) {}

  record Grant(String text, boolean ok) {}

  private void add(
      String actor,
      Origin o,
      String who,
      String target,
      String need,
      Path p,
      Grant g,
      String path) {
    checks.add(
        new Check(actor, o.label(), who, target, need, p.text(), p.ok(), g.text(), g.ok(), path));
  }

  /** A step's read or write of one storage container: the path there and the grant. */
  private void storageCheck(
      Runner r, String account, String container, String need, Set<String> roles) {
    String actor = r.step();
    Origin o = r.o();
    String who = r.who();
    String path = r.path();
    StoragePlan st = storage(account);
    String target = "storage " + account + (container.isEmpty() ? "" : "/" + container);
    if (st == null) {
      add(
          actor,
          o,
          who,
          target,
          need,
          new Path("the plan has no storage account " + account, false),
          new Grant("-", false),
          path);
      return;
    }
    add(
        actor,
        o,
        who,
        target,
        need,
        reach(o, account, "blob", isPublic(st), false),
        storageGrant(r.principals(), account, container, roles),
        path);
  }

  private StoragePlan storage(String name) {
    return storages.get(name);
  }

  private static boolean isPublic(StoragePlan st) {
    return st != null && st.exposure().internetReachable();
  }

  private Optional<DatastorePlan> datastore(StepPlan.Port p) {
    return p.datastore().isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(datastores.get(p.datastore()));
  }

  private Origin origin(ComputePlan c) {
    if (c.vnet() == null) {
      return new Origin(
          "compute " + c.name() + " (Azure-managed network)", null, true, !c.nodePublicIp(), false);
    }
    return new Origin(
        "compute " + c.name() + " in " + c.vnet().name(),
        c.vnet(),
        c.vnet().computeSubnet().explicitEgress()
            || c.vnet().computeSubnet().defaultOutboundAccess(),
        !c.nodePublicIp(),
        false);
  }

  private Origin origin(KubernetesPlan k) {
    if (k.kind() == io.flgen.plan.KubernetesPlan.Kind.ARC) {
      return new Origin(
          "Arc cluster "
              + k.clusterName()
              + (k.privatePath().isEmpty() ? " (outside Azure)" : " (" + k.privatePath() + ")"),
          null,
          true,
          false,
          !k.privatePath().isEmpty());
    }
    VnetPlan v = vnetsByOwner.get(k.owner());
    boolean egress =
        v == null
            || v.computeSubnet().explicitEgress()
            || v.computeSubnet().defaultOutboundAccess();
    return new Origin(
        "AKS cluster " + k.clusterName() + (v == null ? "" : " in " + v.name()),
        v,
        egress,
        false,
        false);
  }

  /**
   * The network path from an origin to one private-link sub-resource of a target: a private
   * endpoint in the origin's VNet or a VNet peered with it, whose zones are linked to the origin's
   * VNet; or the target's public endpoint, when it is public, the origin has outbound access and a
   * private path is not required.
   */
  Path reach(Origin o, String target, String groupId, boolean publicOk, boolean requirePrivate) {
    List<PrivateEndpointPlan> pes = endpoints.getOrDefault(target + "|" + groupId, List.of());
    List<String> tried = new ArrayList<>();
    for (PrivateEndpointPlan e : pes) {
      if (o.vnet() != null
          && (e.vnet() == o.vnet()
              || e.vnet().name().equals(o.vnet().name())
              || peered(o.vnet(), e.vnet()))) {
        List<String> unlinked = e.zones().stream().filter(z -> !linked(z, o.vnet())).toList();
        if (unlinked.isEmpty()) {
          return throughEndpoint(o, e);
        }
        tried.add(
            e.name()
                + " is reachable but "
                + String.join(", ", unlinked)
                + " is not linked to "
                + o.vnet().name());
      }
      if (o.hubPath() && isHub(e.vnet())) {
        return new Path(e.name() + " in the hub, over the declared private path", true);
      }
    }
    if (requirePrivate) {
      return new Path(
          "a compute without node public IPs reaches the workspace only through an amlworkspace private "
              + "endpoint reachable from its VNet"
              + (tried.isEmpty() ? "; there is none" : ": " + String.join("; ", tried)),
          false);
    }
    if (publicOk && o.internet()) {
      return new Path(
          "public endpoint" + (o.vnet() != null ? ", through the subnet's NAT gateway" : ""), true);
    }
    if (!tried.isEmpty()) {
      return new Path(String.join("; ", tried), false);
    }
    if (publicOk) {
      return new Path("public endpoint, but " + o.label() + " has no outbound path", false);
    }
    return new Path(
        target
            + " ("
            + groupId
            + ") is private and has no private endpoint reachable from "
            + o.label()
            + (o.hubPath()
                ? ""
                : o.label().startsWith("Arc") ? " (declare silos[].privatePath)" : ""),
        false);
  }

  /** The path through a private endpoint whose zones the origin's VNet resolves. */
  private static Path throughEndpoint(Origin o, PrivateEndpointPlan e) {
    return new Path(
        "private endpoint "
            + e.name()
            + " in "
            + e.vnet().name()
            + (e.vnet().name().equals(o.vnet().name()) ? "" : " (peered)")
            + ", zone"
            + (e.zones().size() > 1 ? "s " : " ")
            + String.join(", ", e.zones())
            + " linked"
            + (e.manualApproval() ? "; approved by the target's owner (DEPLOY.md)" : ""),
        true);
  }

  private boolean isHub(VnetPlan v) {
    return v.owner().key().equals("orchestrator");
  }

  private boolean peered(VnetPlan a, VnetPlan b) {
    return peeredWith.getOrDefault(a.name(), Set.of()).contains(b.name());
  }

  private boolean linked(String zone, VnetPlan v) {
    DnsZonePlan z = zones.get(zone);
    return z != null && (!z.existingId().isEmpty() || zoneLinks.get(zone).contains(v.name()));
  }

  private Grant storageGrant(
      Set<String> principals, String account, String container, Set<String> roles) {
    Optional<RoleGrant> found =
        grantIndex.first(
            principals,
            account,
            g ->
                roles.contains(g.roleName())
                    && (g.container().isEmpty() || g.container().equals(container)));
    return held(
        found,
        RoleGrant::targetPath,
        roles,
        account + (container.isEmpty() ? "" : "/" + container));
  }

  private Grant serviceGrant(
      Set<String> principals, String kind, String target, Set<String> roles) {
    Optional<RoleGrant> found =
        serviceGrantIndex.first(
            principals, target, g -> g.targetKind().equals(kind) && roles.contains(g.roleName()));
    return held(found, g -> target, roles, kind + " " + target);
  }

  /**
   * The grant found, as {@code role on target (principal)}, or what is missing: {@code missing:
   * role or role on what}.
   */
  private static Grant held(
      Optional<RoleGrant> found,
      java.util.function.Function<RoleGrant, String> on,
      Set<String> roles,
      String what) {
    return found
        .map(g -> new Grant(g.roleName() + " on " + on.apply(g) + " (" + g.principal() + ")", true))
        .orElseGet(
            () ->
                new Grant(
                    "missing: "
                        + String.join(" or ", roles.stream().sorted().toList())
                        + " on "
                        + what,
                    false));
  }
}
