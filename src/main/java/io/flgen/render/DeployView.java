package io.flgen.render;

import io.flgen.plan.DatastorePlan.Purpose;
import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.SiloPlan;
import io.flgen.plan.StepPlan;
import io.flgen.plan.StoragePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** View of DEPLOY.md: the exact az commands, in order. */
final class DeployView {
  private DeployView() {}

  /** Where the person's step of that actor runs, as readiness chose it. */
  private static String originOf(List<io.flgen.readiness.Check> checks, String actor) {
    return checks.stream()
        .filter(c -> c.actor().equals(actor))
        .map(io.flgen.readiness.Check::origin)
        .findFirst()
        .orElse("your machine");
  }

  /**
   * How data owners upload: at run the workspace holds no permission on silo storage, so its UI
   * cannot upload and the data goes straight to the silo's account; at walk the studio is a choice
   * as well.
   */
  private static String uploadMode(io.flgen.terms.Stage stage) {
    return switch (stage) {
      case RUN -> "direct";
      case WALK -> "studio-or-cli";
      case CRAWL -> "cli";
    };
  }

  /** The data datastore of a silo, empty when it has none (local or partner-tenant data). */
  private static String dataDatastore(Plan plan, String silo) {
    return plan.datastores().stream()
        .filter(d -> d.owner().key().equals(silo) && d.purpose() == Purpose.DATA)
        .map(d -> d.name())
        .findFirst()
        .orElse("");
  }

  /** The folder a baseline input reads: its data asset's path, else its datastore path. */
  private static String uploadPath(Plan plan, io.flgen.plan.StepPlan.Port port) {
    return plan.pipeline()
        .asset(port.value())
        .map(a -> a.path())
        .orElseGet(
            () -> port.value().substring(port.value().indexOf("/paths/") + "/paths/".length()));
  }

  /** The folder (no trailing slash) of a silo's data asset, when the pipeline reads one. */
  private static java.util.Optional<String> assetPath(Plan plan, String silo, String dataset) {
    return plan.pipeline().assets().stream()
        .filter(
            a -> a.owner().silo() && a.owner().key().equals(silo) && a.dataset().equals(dataset))
        .map(a -> a.path().endsWith("/") ? a.path().substring(0, a.path().length() - 1) : a.path())
        .findFirst();
  }

  static Map<String, Object> build(Plan plan, GeneratedFiles files) {
    var ws = plan.workspace();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("topology", plan.context().name());
    v.put("stage", plan.stage().yamlName());
    v.put("cloud", plan.cloud().cliName());
    v.put("subscription", plan.home().subscriptionId());
    v.put("region", ws.region());
    v.put("deployment", plan.names().deployment("main"));
    v.put("workspace", ws.name());
    v.put("resourceGroup", ws.scope().resourceGroup());
    List<String> datastores = new ArrayList<>();
    files.asMap().keySet().stream()
        .filter(p -> p.startsWith("aml/datastores/"))
        .forEach(datastores::add);
    v.put("datastores", datastores);
    v.put("baseline", files.asMap().containsKey("aml/baseline.yaml"));
    List<String> subs =
        plan.resourceGroups().stream().map(s -> s.subscriptionId()).distinct().sorted().toList();
    v.put("subscriptions", subs);
    List<Map<String, String>> existing = new ArrayList<>();
    for (StoragePlan s : plan.storages()) {
      // a partner tenant's existing account is its admin's business, never the orchestrator
      // deployer's
      if (s.existing() && s.scope().isHome()) {
        existing.add(
            Map.of(
                "account",
                s.name(),
                "subscription",
                s.scope().subscriptionId(),
                "resourceGroup",
                s.scope().resourceGroup()));
      }
    }
    v.put("existingStorage", existing);
    v.put("grants", plan.grants().stream().filter(g -> g.scope().isHome()).count());
    List<Map<String, Object>> partners = new ArrayList<>();
    for (String tenant : plan.tenants()) {
      if (tenant.equals(io.flgen.plan.Scope.HOME)) {
        continue;
      }
      Map<String, Object> pt = new LinkedHashMap<>();
      pt.put("tenant", tenant);
      List<Map<String, String>> apps = new ArrayList<>();
      for (var f : plan.federations()) {
        if (f.partnerTenant().equals(tenant)) {
          apps.add(
              Map.of(
                  "silo",
                  f.owner().key(),
                  "app",
                  f.appName(),
                  "param",
                  io.flgen.render.Bicep.symbol(f.appName(), "objectId"),
                  "storage",
                  f.storage()));
        }
      }
      pt.put("apps", apps);
      String sub =
          plan.storages().stream()
              .filter(x -> x.scope().tenant().equals(tenant))
              .map(x -> x.scope().subscriptionId())
              .findFirst()
              .orElse("");
      pt.put("subscription", sub);
      pt.put(
          "region",
          plan.storages().stream()
              .filter(x -> x.scope().tenant().equals(tenant))
              .map(x -> x.region())
              .findFirst()
              .orElse(ws.region()));
      pt.put(
          "approvals",
          plan.privateEndpoints().stream()
              .anyMatch(e -> e.manualApproval() && e.targetScope().tenant().equals(tenant)));
      partners.add(pt);
    }
    v.put("partners", partners);
    List<Map<String, String>> clusters = new ArrayList<>();
    for (var k : plan.kubernetes()) {
      // a private API server without a public FQDN is reached through Azure Resource Manager only
      boolean invoke =
          plan.aksClusters().stream()
              .anyMatch(
                  a ->
                      a.name().equals(k.clusterName())
                          && a.privateCluster()
                          && !a.privateClusterPublicFqdn());
      clusters.add(
          Map.of(
              "silo",
              k.owner().key(),
              "kind",
              k.kind().yamlName(),
              "cluster",
              k.clusterName(),
              "resourceGroup",
              k.clusterScope().resourceGroup(),
              "subscription",
              k.clusterScope().subscriptionId(),
              "networkPolicyFile",
              k.networkPolicy() ? KubernetesWriter.NETWORK_POLICY_FILE : "",
              "commandInvoke",
              Boolean.toString(invoke)));
    }
    v.put("clusters", clusters);
    // an Arc silo's declared private path is the silo's own network: DEPLOY.md gives the checks
    // that prove it resolves the hub's private endpoints before anything depends on it
    List<Map<String, Object>> privatePaths = new ArrayList<>();
    for (var k : plan.kubernetes()) {
      var path = plan.context().silo(k.owner()).flatMap(SiloPlan::privatePath);
      if (path.isEmpty()) {
        continue;
      }
      List<String> hosts = new ArrayList<>();
      String suffix =
          plan.datastores().isEmpty()
              ? "core.windows.net"
              : plan.datastores().get(0).endpointSuffix();
      plan.privateEndpoints().stream()
          .filter(
              pe -> pe.groupId().equals("blob") && pe.vnet().owner().key().equals("orchestrator"))
          .map(pe -> pe.target())
          .distinct()
          .sorted()
          .forEach(a -> hosts.add(a + ".blob." + suffix));
      privatePaths.add(
          Map.of(
              "silo",
              k.owner().key(),
              "via",
              path.get().via(),
              "dns",
              path.get().dnsServer(),
              "hosts",
              hosts,
              "zones",
              plan.dnsZones().stream().map(z -> z.zone()).sorted().toList()));
    }
    v.put("privatePaths", privatePaths);
    v.put(
        "homeTenant",
        plan.context().homeTenantId().orElse(io.flgen.plan.Planner.HOME_TENANT_PLACEHOLDER));
    v.put("privateEndpoints", plan.privateEndpoints().size());
    // where each person's command runs: the readiness analysis chose the origin that reaches every
    // target
    List<io.flgen.readiness.Check> checks = io.flgen.readiness.Readiness.analyse(plan);
    v.put(
        "scientistWhere",
        checks.stream()
            .filter(c -> c.actor().startsWith("data scientist"))
            .map(io.flgen.readiness.Check::origin)
            .findFirst()
            .orElse("your machine"));
    List<Map<String, String>> baselineUploads = new ArrayList<>();
    for (var step :
        java.util.stream.Stream.concat(
                plan.pipeline().steps().stream(), plan.pipeline().baseline().stream())
            .filter(x -> x.kind() == StepPlan.Kind.BASELINE)
            .toList()) {
      for (var port : step.inputs()) {
        plan.datastores().stream()
            .filter(d -> d.name().equals(port.datastore()) && d.purpose() == Purpose.BASELINE)
            .findFirst()
            .ifPresent(
                d ->
                    baselineUploads.add(
                        Map.of(
                            "account",
                            d.account(),
                            "container",
                            d.container(),
                            "path",
                            uploadPath(plan, port))));
      }
    }
    v.put("baselineUploads", baselineUploads);
    v.put("baselineWhere", originOf(checks, io.flgen.readiness.Readiness.BASELINE_UPLOAD));
    v.put("adminWhere", originOf(checks, io.flgen.readiness.Readiness.ADMIN_DATASTORES));
    List<Map<String, String>> uploads = new ArrayList<>();
    // the checks indexed once: a scan of them per storage account is quadratic in the
    // silo count
    Map<String, String> origins = new java.util.HashMap<>();
    checks.forEach(c -> origins.putIfAbsent(c.actor(), c.origin()));
    for (StoragePlan s : plan.storages()) {
      if (s.role() != io.flgen.plan.StorageRole.SILO) {
        continue;
      }
      SiloPlan silo =
          plan.context()
              .silo(s.owner())
              .orElseThrow(
                  () -> new java.util.NoSuchElementException("no silo " + s.owner().key()));
      String container = silo.data().container();
      String where =
          origins.getOrDefault(
              "data owner of " + s.owner().key() + ": upload data", "your machine");
      uploads.add(
          Map.of(
              "silo",
              s.owner().key(),
              "account",
              s.name(),
              "container",
              container,
              "training",
              assetPath(plan, s.owner().key(), "train").orElse(silo.data().trainingPath()),
              "testing",
              assetPath(plan, s.owner().key(), "test").orElse(silo.data().testingPath()),
              "datastore",
              dataDatastore(plan, s.owner().key()),
              "where",
              where,
              "tenant",
              s.scope().isHome() ? "" : s.scope().tenant(),
              "viaJumpbox",
              plan.wayIn().filter(w -> where.contains(w.jumpbox())).isPresent() ? "yes" : ""));
    }
    v.put("uploads", uploads);
    v.put("uploadMode", uploadMode(plan.stage()));
    v.put(
        "dataAssets",
        plan.pipeline().assets().stream().map(a -> "aml/data/" + a.name() + ".yaml").toList());
    v.put("dataAssetsWhere", originOf(checks, io.flgen.readiness.Readiness.DATA_ASSETS));
    boolean arc = plan.kubernetes().stream().anyMatch(k -> k.kind() == KubernetesPlan.Kind.ARC);
    boolean k8s = !plan.kubernetes().isEmpty();
    List<String> extensions = new ArrayList<>(List.of("ml"));
    if (k8s) {
      extensions.add("k8s-extension");
    }
    if (arc) {
      extensions.add("connectedk8s");
    }
    v.put("extensions", extensions);
    java.util.TreeSet<String> providers =
        new java.util.TreeSet<>(
            List.of(
                "Microsoft.MachineLearningServices",
                "Microsoft.Storage",
                "Microsoft.Network",
                "Microsoft.KeyVault",
                "Microsoft.ContainerRegistry",
                "Microsoft.ManagedIdentity"));
    if (plan.wayIn().isPresent()) {
      providers.add("Microsoft.Compute");
    }
    if (k8s) {
      providers.add("Microsoft.KubernetesConfiguration");
    }
    if (!plan.aksClusters().isEmpty()) {
      providers.add("Microsoft.ContainerService");
    }
    if (arc) {
      providers.addAll(List.of("Microsoft.Kubernetes", "Microsoft.ExtendedLocation"));
    }
    v.put("providers", List.copyOf(providers));
    List<Map<String, String>> arcClusters = new ArrayList<>();
    plan.kubernetes().stream()
        .filter(k -> k.kind() == KubernetesPlan.Kind.ARC)
        .forEach(
            k ->
                arcClusters.add(
                    Map.of(
                        "silo",
                        k.owner().key(),
                        "cluster",
                        k.clusterName(),
                        "resourceGroup",
                        k.clusterScope().resourceGroup(),
                        "subscription",
                        k.clusterScope().subscriptionId(),
                        "region",
                        k.region())));
    v.put("arcClusters", arcClusters);
    // every run of main.bicep passes the same parameters; a re-run adds its switches to these
    String deployArgs =
        plan.wayIn().isPresent()
            ? " " + BicepView.JUMPBOX_KEY + "=\"$(cat ~/.ssh/id_ed25519.pub)\""
            : "";
    v.put("deployArgs", deployArgs);
    boolean crossTenantSwitch =
        plan.privateEndpoints().stream().anyMatch(e -> !e.targetScope().isHome());
    v.put("crossTenantArgs", deployArgs + " " + BicepView.CROSS_TENANT_SWITCH + "=true");
    v.put(
        "attachArgs",
        deployArgs
            + (crossTenantSwitch ? " " + BicepView.CROSS_TENANT_SWITCH + "=true" : "")
            + " "
            + BicepView.KUBERNETES_SWITCH
            + "=true");
    v.put(
        "jumpbox",
        plan.wayIn()
            .map(
                w ->
                    Map.of(
                        "bastion",
                        w.name(),
                        "vm",
                        w.jumpbox(),
                        "resourceGroup",
                        w.hub().scope().resourceGroup(),
                        "param",
                        BicepView.JUMPBOX_KEY))
            .orElse(Map.of()));
    v.put("clientIds", plan.pipeline().inputs().stream().map(p -> p.name()).toList());
    List<Map<String, String>> ownerApprovals = new ArrayList<>();
    plan.privateEndpoints().stream()
        .filter(e -> e.manualApproval() && e.targetScope().isHome())
        .forEach(
            e ->
                ownerApprovals.add(
                    Map.of(
                        "endpoint",
                        e.name(),
                        "account",
                        e.target(),
                        "resourceGroup",
                        e.targetScope().resourceGroup(),
                        "subscription",
                        e.targetScope().subscriptionId())));
    v.put("ownerApprovals", ownerApprovals);
    v.put(
        "existingGroups",
        plan.existingGroups().stream()
            .filter(
                g ->
                    plan.storages().stream().noneMatch(s -> s.existing() && s.scope().equals(g))
                        && plan.kubernetes().stream().noneMatch(k -> k.clusterScope().equals(g)))
            .map(
                g -> Map.of("resourceGroup", g.resourceGroup(), "subscription", g.subscriptionId()))
            .toList());
    v.put("crawl", plan.stage() == io.flgen.terms.Stage.CRAWL);
    return v;
  }
}
