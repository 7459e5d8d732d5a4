package io.flgen.render;

import io.flgen.azure.ResourceProviders;
import io.flgen.plan.DatastorePlan;
import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.PrivateEndpointPlan;
import io.flgen.plan.Scope;
import io.flgen.plan.SiloPlan;
import io.flgen.plan.StepPlan;
import io.flgen.plan.StoragePlan;
import io.flgen.plan.StorageRole;
import io.flgen.readiness.Check;
import io.flgen.readiness.Readiness;
import io.flgen.render.DeployView.App;
import io.flgen.render.DeployView.ArcCluster;
import io.flgen.render.DeployView.BaselineUpload;
import io.flgen.render.DeployView.Cluster;
import io.flgen.render.DeployView.ExistingStorage;
import io.flgen.render.DeployView.Group;
import io.flgen.render.DeployView.Jumpbox;
import io.flgen.render.DeployView.OwnerApproval;
import io.flgen.render.DeployView.Partner;
import io.flgen.render.DeployView.PrivatePath;
import io.flgen.render.DeployView.Step;
import io.flgen.render.DeployView.Trust;
import io.flgen.render.DeployView.Upload;
import io.flgen.render.DeployView.Uploads;
import io.flgen.terms.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Builds the {@link DeployView}: the exact az commands, in order, each step numbered here. */
final class DeploySteps {
  private static final String YOUR_MACHINE = "your machine";

  private final Plan plan;
  private final GeneratedFiles files;
  private final List<Step> steps = new ArrayList<>();

  /** Where each actor's step runs, as readiness chose it: the first check of the actor. */
  private final Map<String, String> origins = new HashMap<>();

  private final String scientistWhere;

  DeploySteps(Plan plan, GeneratedFiles files) {
    this.plan = plan;
    this.files = files;
    List<Check> checks = Readiness.analyse(plan);
    checks.forEach(c -> origins.putIfAbsent(c.actor(), c.origin()));
    this.scientistWhere =
        checks.stream()
            .filter(c -> c.actor().startsWith("data scientist"))
            .map(Check::origin)
            .findFirst()
            .orElse(YOUR_MACHINE);
  }

  private String originOf(String actor) {
    return origins.getOrDefault(actor, YOUR_MACHINE);
  }

  private void step(String kind, String title, Object data) {
    steps.add(new Step(steps.size() + 1, kind, title, data));
  }

  DeployView view() {
    var ws = plan.workspace();
    String home =
        plan.context().homeTenantId().orElse(io.flgen.plan.Planner.HOME_TENANT_PLACEHOLDER);
    String deployArgs =
        plan.wayIn().isPresent()
            ? " " + BicepView.JUMPBOX_KEY + "=\"$(cat ~/.ssh/id_ed25519.pub)\""
            : "";
    boolean crossTenant = plan.privateEndpoints().stream().anyMatch(e -> !e.targetScope().isHome());
    String crossTenantArgs = " " + BicepView.CROSS_TENANT_SWITCH + "=true";
    List<Partner> partners = partners();
    steps(partners);
    return new DeployView(
        plan.context().name(),
        plan.stage().yamlName(),
        home,
        plan.context().homeTenantId().isPresent() ? " --tenant " + home : "",
        plan.cloud().cliName(),
        plan.home().subscriptionId(),
        ws.region(),
        plan.names().deployment("main"),
        ws.name(),
        ws.scope().resourceGroup(),
        plan.grants().stream().filter(g -> g.scope().isHome()).count(),
        plan.resourceGroups().stream().map(Scope::subscriptionId).distinct().sorted().toList(),
        existingStorage(),
        partners,
        existingGroups(),
        extensions(),
        arcClusters(),
        providers(),
        deployArgs,
        deployArgs + crossTenantArgs,
        deployArgs
            + (crossTenant ? crossTenantArgs : "")
            + " "
            + BicepView.KUBERNETES_SWITCH
            + "=true",
        plan.pipeline().inputs().stream().map(p -> p.name()).toList(),
        steps,
        plan.stage() == Stage.CRAWL);
  }

  /** Every numbered step, in the order they run. */
  private void steps(List<Partner> partners) {
    step(
        "signIn",
        "Orchestrator tenant: sign in and register the resource providers (orchestrator admin,"
            + " your machine)",
        null);
    step(
        "deploy",
        "Orchestrator tenant: deploy the infrastructure (orchestrator admin, your machine)",
        plan.wayIn()
            .map(w -> new Jumpbox(w.name(), w.jumpbox(), w.hub().scope().resourceGroup()))
            .orElse(null));
    partners.forEach(this::partnerSteps);
    plan.privateEndpoints().stream()
        .filter(e -> e.manualApproval() && e.targetScope().isHome())
        .forEach(
            e ->
                step(
                    "ownerApproval",
                    "Existing account "
                        + e.target()
                        + ": approve the private endpoint (the"
                        + " account's owner)",
                    new OwnerApproval(
                        e.name(),
                        e.target(),
                        e.targetScope().resourceGroup(),
                        e.targetScope().subscriptionId())));
    clusterSteps();
    step(
        "datastores",
        "Orchestrator tenant: create the datastores (orchestrator admin, identity-based, no stored"
            + " credentials; from "
            + originOf(Readiness.ADMIN_DATASTORES)
            + ")",
        files.asMap().keySet().stream().filter(p -> p.startsWith("aml/datastores/")).toList());
    step("uploads", "Upload data (each silo's data owner)", uploads());
    List<String> assets =
        plan.pipeline().assets().stream().map(a -> "aml/data/" + a.name() + ".yaml").toList();
    if (!assets.isEmpty()) {
      step(
          "dataAssets",
          "Register the data assets (orchestrator data scientist, from "
              + originOf(Readiness.DATA_ASSETS)
              + ")",
          assets);
    }
    step(
        "submit",
        "Submit the FL job (orchestrator data scientist, from " + scientistWhere + ")",
        files.asMap().containsKey("aml/baseline.yaml") ? List.of("aml/baseline.yaml") : List.of());
  }

  /** A partner tenant's trusts, its deployment and, when it has some, its endpoint approvals. */
  private void partnerSteps(Partner p) {
    String tenant = p.tenant();
    for (App a : p.apps()) {
      step(
          "trust",
          "Orchestrator tenant: create the trust for silo " + a.silo() + " (orchestrator admin)",
          new Trust(a.silo(), a.app(), tenant));
    }
    step("partnerDeploy", "Partner tenant " + tenant + ": consent and deploy (partner admin)", p);
    boolean approvals =
        plan.privateEndpoints().stream()
            .anyMatch(e -> e.manualApproval() && e.targetScope().tenant().equals(tenant));
    if (approvals) {
      step(
          "crossTenant",
          "Orchestrator tenant: request the private endpoints into tenant "
              + tenant
              + " (orchestrator admin)",
          null);
      step(
          "partnerApprove",
          "Partner tenant " + tenant + ": approve the private endpoints (partner admin)",
          tenant);
    }
  }

  /** The partner tenants, each with the apps it consents to. */
  private List<Partner> partners() {
    List<Partner> partners = new ArrayList<>();
    for (String tenant : plan.tenants()) {
      if (tenant.equals(Scope.HOME)) {
        continue;
      }
      List<App> apps =
          plan.federations().stream()
              .filter(f -> f.partnerTenant().equals(tenant))
              .map(
                  f -> new App(f.owner().key(), f.appName(), Bicep.symbol(f.appName(), "objectId")))
              .toList();
      Optional<StoragePlan> first =
          plan.storages().stream().filter(x -> x.scope().tenant().equals(tenant)).findFirst();
      partners.add(
          new Partner(
              tenant,
              first.map(x -> x.scope().subscriptionId()).orElse(""),
              first.map(StoragePlan::region).orElse(plan.workspace().region()),
              apps));
    }
    return partners;
  }

  /**
   * The existing home-tenant accounts: a partner tenant's existing account is its admin's business,
   * never the orchestrator deployer's.
   */
  private List<ExistingStorage> existingStorage() {
    return plan.storages().stream()
        .filter(s -> s.existing() && s.scope().isHome())
        .map(
            s ->
                new ExistingStorage(
                    s.name(), s.scope().subscriptionId(), s.scope().resourceGroup()))
        .toList();
  }

  /** Other parties' resource groups, other than those of existing accounts and clusters. */
  private List<Group> existingGroups() {
    return plan.existingGroups().stream()
        .filter(
            g ->
                plan.storages().stream().noneMatch(s -> s.existing() && s.scope().equals(g))
                    && plan.kubernetes().stream().noneMatch(k -> k.clusterScope().equals(g)))
        .map(g -> new Group(g.resourceGroup(), g.subscriptionId()))
        .toList();
  }

  private boolean arc() {
    return plan.kubernetes().stream().anyMatch(k -> k.kind() == KubernetesPlan.Kind.ARC);
  }

  /** The Azure CLI extensions the steps use. */
  private List<String> extensions() {
    List<String> extensions = new ArrayList<>(List.of("ml"));
    if (!plan.kubernetes().isEmpty()) {
      extensions.add("k8s-extension");
    }
    if (arc()) {
      extensions.add("connectedk8s");
    }
    return extensions;
  }

  /** The resource providers the deployment needs, sorted. */
  private List<String> providers() {
    TreeSet<String> providers = new TreeSet<>(ResourceProviders.EVERY_DEPLOYMENT);
    if (plan.wayIn().isPresent()) {
      providers.add("Microsoft.Compute");
    }
    if (!plan.kubernetes().isEmpty()) {
      providers.add("Microsoft.KubernetesConfiguration");
    }
    if (!plan.aksClusters().isEmpty()) {
      providers.add("Microsoft.ContainerService");
    }
    if (arc()) {
      providers.addAll(List.of("Microsoft.Kubernetes", "Microsoft.ExtendedLocation"));
    }
    return List.copyOf(providers);
  }

  private List<ArcCluster> arcClusters() {
    return plan.kubernetes().stream()
        .filter(k -> k.kind() == KubernetesPlan.Kind.ARC)
        .map(
            k ->
                new ArcCluster(
                    k.owner().key(),
                    k.clusterName(),
                    k.clusterScope().resourceGroup(),
                    k.clusterScope().subscriptionId(),
                    k.region()))
        .toList();
  }

  /**
   * Each silo's cluster, then, when there are some, the re-run that attaches them. A private AKS
   * API server without a public FQDN is reached through Azure Resource Manager only.
   */
  private void clusterSteps() {
    for (KubernetesPlan k : plan.kubernetes()) {
      boolean invoke =
          plan.aksClusters().stream()
              .anyMatch(
                  a ->
                      a.name().equals(k.clusterName())
                          && a.privateCluster()
                          && !a.privateClusterPublicFqdn());
      String kind = k.kind() == KubernetesPlan.Kind.ARC ? "arc" : invoke ? "aksInvoke" : "aks";
      step(
          kind,
          "Kubernetes: namespace, instance types and local data of silo "
              + k.owner().key()
              + " (cluster admin)",
          new Cluster(
              k.owner().key(),
              k.clusterName(),
              k.clusterScope().resourceGroup(),
              k.clusterScope().subscriptionId(),
              k.networkPolicy() ? KubernetesWriter.SiloFile.NETWORK_POLICY.fileName() : "",
              privatePath(k).orElse(null)));
    }
    if (!plan.kubernetes().isEmpty()) {
      step(
          "attach",
          "Orchestrator tenant: attach the Kubernetes computes (orchestrator admin, your machine)",
          null);
    }
  }

  /**
   * An Arc silo's declared private path is the silo's own network: DEPLOY.md gives the checks that
   * prove it resolves the hub's private endpoints before anything depends on it.
   */
  private Optional<PrivatePath> privatePath(KubernetesPlan k) {
    String suffix =
        plan.datastores().isEmpty()
            ? "core.windows.net"
            : plan.datastores().get(0).endpointSuffix();
    return plan.context()
        .silo(k.owner())
        .flatMap(SiloPlan::privatePath)
        .map(
            path ->
                new PrivatePath(
                    path.via(),
                    path.dnsServer(),
                    plan.privateEndpoints().stream()
                        .filter(
                            pe ->
                                pe.groupId().equals("blob")
                                    && pe.vnet().owner().key().equals("orchestrator"))
                        .map(PrivateEndpointPlan::target)
                        .distinct()
                        .sorted()
                        .map(a -> a + ".blob." + suffix)
                        .toList(),
                    plan.dnsZones().stream().map(z -> z.zone()).sorted().toList()));
  }

  /**
   * How data owners upload: at run the workspace holds no permission on silo storage, so its UI
   * cannot upload and the data goes straight to the silo's account; at walk the studio is a choice
   * as well.
   */
  private Uploads uploads() {
    List<Upload> uploads = new ArrayList<>();
    for (StoragePlan s : plan.storages()) {
      if (s.role() == StorageRole.SILO) {
        uploads.add(upload(s));
      }
    }
    return new Uploads(
        plan.stage() == Stage.RUN && !uploads.isEmpty(),
        uploads,
        baselineUploads(),
        originOf(Readiness.BASELINE_UPLOAD));
  }

  private Upload upload(StoragePlan s) {
    String key = s.owner().key();
    SiloPlan silo =
        plan.context()
            .silo(s.owner())
            .orElseThrow(() -> new NoSuchElementException("no silo " + key));
    String where = originOf("data owner of " + key + ": upload data");
    String datastore =
        plan.datastores().stream()
            .filter(d -> d.owner().key().equals(key) && d.purpose() == DatastorePlan.Purpose.DATA)
            .map(d -> d.name())
            .findFirst()
            .orElse("");
    return new Upload(
        key,
        s.name(),
        silo.data().container(),
        assetPath(key, "train").orElse(silo.data().trainingPath()),
        assetPath(key, "test").orElse(silo.data().testingPath()),
        datastore,
        where,
        s.scope().isHome() ? "" : s.scope().tenant(),
        plan.stage() == Stage.WALK && !datastore.isEmpty(),
        plan.wayIn().filter(w -> where.contains(w.jumpbox())).isPresent());
  }

  /** The folder (no trailing slash) of a silo's data asset, when the pipeline reads one. */
  private Optional<String> assetPath(String silo, String dataset) {
    return plan.pipeline().assets().stream()
        .filter(
            a -> a.owner().silo() && a.owner().key().equals(silo) && a.dataset().equals(dataset))
        .map(a -> a.path().endsWith("/") ? a.path().substring(0, a.path().length() - 1) : a.path())
        .findFirst();
  }

  /** The baseline's inputs on its datastore, each with the folder it reads. */
  private List<BaselineUpload> baselineUploads() {
    List<BaselineUpload> out = new ArrayList<>();
    Stream.concat(plan.pipeline().steps().stream(), plan.pipeline().baseline().stream())
        .filter(x -> x.kind() == StepPlan.Kind.BASELINE)
        .flatMap(step -> step.inputs().stream())
        .forEach(
            port ->
                plan.datastores().stream()
                    .filter(
                        d ->
                            d.name().equals(port.datastore())
                                && d.purpose() == DatastorePlan.Purpose.BASELINE)
                    .findFirst()
                    .ifPresent(
                        d ->
                            out.add(
                                new BaselineUpload(d.account(), d.container(), uploadPath(port)))));
    return out;
  }

  /** The folder a baseline input reads: its data asset's path, else its datastore path. */
  private String uploadPath(StepPlan.Port port) {
    return plan.pipeline()
        .asset(port.value())
        .map(a -> a.path())
        .orElseGet(
            () -> port.value().substring(port.value().indexOf("/paths/") + "/paths/".length()));
  }
}
