package io.flgen.bind;

import io.flgen.azure.AzureCloud;
import io.flgen.azure.AzureRegions;
import io.flgen.diag.Codes;
import io.flgen.diag.Diagnostic;
import io.flgen.load.SourceMap;
import io.flgen.model.Compute;
import io.flgen.model.CrossTenantSilo;
import io.flgen.model.ExternalSilo;
import io.flgen.model.KubernetesCluster;
import io.flgen.model.LocalData;
import io.flgen.model.Network;
import io.flgen.model.Silo;
import io.flgen.model.Topology;
import io.flgen.terms.Cidr;
import io.flgen.terms.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that need the whole bound model. Every finding is a located {@link Diagnostic}; all are
 * reported, none stops the others.
 */
public final class SemanticChecks {
  private final Topology t;
  private final SourceMap sm;
  private final LocalDate today;
  private final List<Diagnostic> out = new ArrayList<>();

  private SemanticChecks(Topology t, SourceMap sm, LocalDate today) {
    this.t = t;
    this.sm = sm;
    this.today = today;
  }

  /** Runs every check; {@code today} decides which waivers have expired. */
  public static List<Diagnostic> check(Topology t, SourceMap sm, LocalDate today) {
    SemanticChecks c = new SemanticChecks(t, sm, today);
    c.uniqueSiloNames();
    c.uniqueComputeNames();
    c.regions();
    c.networks();
    c.silosByKind();
    c.job();
    c.waivers();
    return c.out.stream().sorted().distinct().toList();
  }

  private void error(String code, String path, String message) {
    out.add(new Diagnostic(code, sm.value(path), path, message));
  }

  private static String silo(int i) {
    return "silos[" + i + "]";
  }

  private void uniqueSiloNames() {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < t.silos().size(); i++) {
      String name = t.silos().get(i).name();
      Integer first = seen.putIfAbsent(name, i);
      if (first != null) {
        error(
            Codes.DUPLICATE_NAME,
            silo(i) + ".name",
            "silo name '"
                + name
                + "' is already used by "
                + silo(first)
                + "; silo names must be unique");
      }
    }
  }

  /** Every compute is a compute of the one orchestrator workspace, so names are workspace-wide. */
  private void uniqueComputeNames() {
    Map<String, String> seen = new HashMap<>();
    List<Compute> oc = t.orchestrator().computes();
    for (int j = 0; j < oc.size(); j++) {
      claimCompute(seen, oc.get(j).name(), "orchestrator.computes[" + j + "].name");
    }
    for (int i = 0; i < t.silos().size(); i++) {
      List<Compute> cs = t.silos().get(i).computes();
      for (int j = 0; j < cs.size(); j++) {
        claimCompute(seen, cs.get(j).name(), silo(i) + ".computes[" + j + "].name");
      }
    }
    for (int i = 0; i < t.silos().size(); i++) {
      if (t.silos().get(i) instanceof ExternalSilo e) {
        Map<String, Integer> types = new HashMap<>();
        for (int j = 0; j < e.instanceTypes().size(); j++) {
          Integer first = types.putIfAbsent(e.instanceTypes().get(j).name(), j);
          if (first != null) {
            error(
                Codes.DUPLICATE_NAME,
                silo(i) + ".instanceTypes[" + j + "].name",
                "instance type '"
                    + e.instanceTypes().get(j).name()
                    + "' is already defined at "
                    + silo(i)
                    + ".instanceTypes["
                    + first
                    + "]; instance type names must be unique per cluster");
          }
        }
      }
    }
  }

  private void claimCompute(Map<String, String> seen, String name, String path) {
    String first = seen.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), path);
    if (first != null) {
      error(
          Codes.DUPLICATE_NAME,
          path,
          "compute name '"
              + name
              + "' is already used by "
              + first
              + "; compute names must be unique in the workspace (case-insensitive)");
    }
    // min/max are checked beside the name, where a reader looks for the compute
  }

  private void regions() {
    AzureCloud cloud = t.metadata().cloud();
    region(cloud, t.orchestrator().region(), "orchestrator.region");
    for (int i = 0; i < t.silos().size(); i++) {
      region(cloud, t.silos().get(i).region(), silo(i) + ".region");
    }
  }

  private void region(AzureCloud cloud, String region, String path) {
    if (AzureRegions.isKnown(cloud, region)) {
      return;
    }
    String hint =
        AzureRegions.suggest(cloud, region).map(s -> "; did you mean '" + s + "'?").orElse("");
    error(
        Codes.REGION,
        path,
        "unknown region '" + region + "' in the " + cloud.yamlName() + " cloud" + hint);
  }

  /** A parsed VNet with the path that declared it. */
  private record Vnet(String path, Cidr space) {}

  private void networks() {
    List<Vnet> peered = new ArrayList<>();
    Optional<Cidr> orch = network(t.orchestrator().network(), "orchestrator.network");
    orch.ifPresent(c -> peered.add(new Vnet("orchestrator", c)));
    for (int i = 0; i < t.silos().size(); i++) {
      Silo s = t.silos().get(i);
      boolean arc = s instanceof ExternalSilo e && e.cluster() instanceof KubernetesCluster.Arc;
      if (arc
          && (!s.network().addressSpace().isEmpty()
              || s.network().computeSubnet().isPresent()
              || s.network().privateEndpointSubnet().isPresent())) {
        String what = !s.network().addressSpace().isEmpty() ? "addressSpace" : "subnets";
        error(
            Codes.REQUIRED_SETTING,
            silo(i) + ".network." + what,
            what
                + " has no effect for an Arc cluster: it runs outside Azure and flgen creates no VNet for it; remove it");
      }
      Optional<Cidr> c = arc ? Optional.empty() : network(s.network(), silo(i) + ".network");
      // every silo VNet lives in the orchestrator's tenant, cross-tenant silos included
      // (docs/cross-tenant.md)
      if (c.isPresent() && t.network().peering()) {
        peered.add(new Vnet(silo(i), c.get()));
      }
      for (int j = 0; j < s.computes().size(); j++) {
        minMax(s.computes().get(j), silo(i) + ".computes[" + j + "]");
      }
    }
    for (int j = 0; j < t.orchestrator().computes().size(); j++) {
      minMax(t.orchestrator().computes().get(j), "orchestrator.computes[" + j + "]");
    }
    // a sorted sweep, not every pair; reported per later VNet, then per earlier one, as declared
    List<int[]> overlaps =
        new ArrayList<>(Cidr.overlappingPairs(peered.stream().map(Vnet::space).toList()));
    overlaps.sort(java.util.Comparator.<int[]>comparingInt(p -> p[1]).thenComparingInt(p -> p[0]));
    for (int[] pair : overlaps) {
      Vnet x = peered.get(pair[1]);
      Vnet y = peered.get(pair[0]);
      error(
          Codes.OVERLAP,
          x.path() + ".network.addressSpace",
          "address space "
              + x.space()
              + " overlaps "
              + y.space()
              + " of "
              + y.path()
              + "; peered VNets must not overlap");
    }
  }

  private void minMax(Compute c, String path) {
    if (c.minNodes() > c.maxNodes()) {
      error(
          Codes.REQUIRED_SETTING,
          path + ".minNodes",
          "minNodes " + c.minNodes() + " is above maxNodes " + c.maxNodes());
    }
  }

  /** Checks one network block and returns its address space when it is usable. */
  private Optional<Cidr> network(Network n, String path) {
    if (!n.mode().isIsolated()) {
      if (!n.addressSpace().isEmpty()
          || n.computeSubnet().isPresent()
          || n.privateEndpointSubnet().isPresent()) {
        String what = !n.addressSpace().isEmpty() ? "addressSpace" : "subnets";
        error(
            Codes.REQUIRED_SETTING,
            path + "." + what,
            what + " has no effect in open mode (no VNet is created); remove it or set mode: vnet");
      }
      return Optional.empty();
    }
    if (n.addressSpace().isEmpty()) {
      error(
          Codes.REQUIRED_SETTING,
          path,
          "addressSpace is required in "
              + n.mode().yamlName()
              + " mode; expected a CIDR such as 10.1.0.0/16");
      return Optional.empty();
    }
    Optional<Cidr> space = cidr(n.addressSpace(), path + ".addressSpace");
    if (space.isEmpty()) {
      return Optional.empty();
    }
    Cidr vnet = space.get();
    if (vnet.prefix() < 8 || vnet.prefix() > 24) {
      error(
          Codes.CIDR,
          path + ".addressSpace",
          "address space "
              + vnet
              + " is /"
              + vnet.prefix()
              + "; expected a prefix between /8 and /24");
      return Optional.empty();
    }
    subnets(n, vnet, path);
    return space;
  }

  /** The subnets a network block gives: valid, inside the VNet, apart, and at least /28. */
  private void subnets(Network n, Cidr vnet, String path) {
    Optional<Cidr> compute = n.computeSubnet().flatMap(s -> cidr(s, path + ".subnets.compute"));
    Optional<Cidr> pe =
        n.privateEndpointSubnet().flatMap(s -> cidr(s, path + ".subnets.privateEndpoints"));
    compute.ifPresent(c -> inside(vnet, c, path + ".subnets.compute"));
    pe.ifPresent(c -> inside(vnet, c, path + ".subnets.privateEndpoints"));
    if (compute.isPresent() && pe.isPresent() && compute.get().overlaps(pe.get())) {
      error(
          Codes.SUBNET,
          path + ".subnets.privateEndpoints",
          "subnet " + pe.get() + " overlaps the compute subnet " + compute.get());
    }
    for (var s : new Object[][] {{compute, "compute"}, {pe, "privateEndpoints"}}) {
      @SuppressWarnings("unchecked")
      Optional<Cidr> c = (Optional<Cidr>) s[0];
      if (c.isPresent() && c.get().prefix() > 28) {
        error(
            Codes.SUBNET,
            path + ".subnets." + s[1],
            "subnet "
                + c.get()
                + " is smaller than /28, the smallest Azure subnet that fits a private endpoint or compute");
      }
    }
  }

  private void inside(Cidr vnet, Cidr subnet, String path) {
    if (!vnet.contains(subnet)) {
      error(Codes.SUBNET, path, "subnet " + subnet + " is outside the VNet address space " + vnet);
    }
  }

  private Optional<Cidr> cidr(String s, String path) {
    Cidr.Parsed p = Cidr.parse(s);
    if (p.cidr().isEmpty()) {
      error(Codes.CIDR, path, "'" + s + "' is not a valid IPv4 CIDR: " + p.problem());
    }
    return p.cidr();
  }

  private void silosByKind() {
    for (int i = 0; i < t.silos().size(); i++) {
      Silo s = t.silos().get(i);
      String path = silo(i) + ".tenantId";
      if (s instanceof CrossTenantSilo ct
          && t.orchestrator().tenantId().filter(ct.tenantId()::equalsIgnoreCase).isPresent()) {
        error(
            Codes.REQUIRED_SETTING,
            path,
            "tenantId is the orchestrator's own tenant; a silo in the same tenant is kind internal");
      }
      if (s instanceof ExternalSilo e) {
        external(e, i);
      }
    }
  }

  private void external(ExternalSilo e, int i) {
    String c = silo(i) + ".cluster";
    if (e.cluster() instanceof KubernetesCluster.Arc arc) {
      arcCluster(arc, c);
    } else {
      aksCluster((KubernetesCluster.Aks) e.cluster(), c);
    }
    if (e.localData().isPresent()) {
      String l = silo(i) + ".localData";
      LocalData d = e.localData().get();
      if (d instanceof LocalData.Nfs nfs && nfs.server().isEmpty()) {
        error(Codes.REQUIRED_SETTING, l, "server is required for type nfs");
      }
      if (d instanceof LocalData.HostPath && sm.has(l + ".server")) {
        error(Codes.REQUIRED_SETTING, l + ".server", "server applies only to type nfs");
      }
    }
    if (e.cluster() instanceof KubernetesCluster.Aks aks) {
      nodePools(e, aks, i);
    }
  }

  /** An Arc cluster is named by the topology and takes none of the AKS settings. */
  private void arcCluster(KubernetesCluster.Arc arc, String c) {
    if (arc.name().isEmpty()) {
      error(
          Codes.REQUIRED_SETTING,
          c,
          "cluster.name is required for type arc (the connected cluster's name)");
    }
    for (String aksOnly :
        List.of(
            "kubernetesVersion",
            "nodeVmSize",
            "nodeCount",
            "privateCluster",
            "authorizedIpRanges",
            "confidentialNodePool")) {
      if (sm.has(c + "." + aksOnly)) {
        error(
            Codes.REQUIRED_SETTING,
            c + "." + aksOnly,
            aksOnly + " applies only to type aks; an Arc cluster is managed where it runs");
      }
    }
  }

  /** flgen names an AKS cluster; authorized IP ranges apply to a public API server only. */
  private void aksCluster(KubernetesCluster.Aks aks, String c) {
    for (String arcOnly : List.of("name", "resourceGroup")) {
      if (sm.has(c + "." + arcOnly)) {
        error(
            Codes.REQUIRED_SETTING,
            c + "." + arcOnly,
            arcOnly + " applies only to type arc; flgen names the AKS cluster");
      }
    }
    if (aks.privateCluster() && !aks.authorizedIpRanges().isEmpty()) {
      error(
          Codes.REQUIRED_SETTING,
          c + ".authorizedIpRanges",
          "authorizedIpRanges applies only to a public API server; set privateCluster: false or remove it");
    }
    for (int j = 0; j < aks.authorizedIpRanges().size(); j++) {
      cidr(aks.authorizedIpRanges().get(j), c + ".authorizedIpRanges[" + j + "]");
    }
  }

  /** An instance type on AKS selects the system pool, or the confidential one when there is one. */
  private void nodePools(ExternalSilo e, KubernetesCluster.Aks aks, int i) {
    boolean confidential = aks.confidentialNodePool().isPresent();
    for (int j = 0; j < e.instanceTypes().size(); j++) {
      var it = e.instanceTypes().get(j);
      if (it.nodeSelectorPool().isPresent()) {
        String pool = it.nodeSelectorPool().get();
        boolean known = pool.equals("system") || confidential && pool.equals("confidential");
        if (!known) {
          error(
              Codes.REFERENCE,
              silo(i) + ".instanceTypes[" + j + "].nodePool",
              "unknown node pool '"
                  + pool
                  + "'; expected system"
                  + (confidential ? " or confidential" : ""));
        }
      }
    }
  }

  private void jobParameters() {
    for (var e : t.job().parameters().entrySet()) {
      String path = "job.parameters." + e.getKey();
      if (io.flgen.model.Job.RESERVED_PARAMETERS.contains(e.getKey())) {
        error(
            Codes.REQUIRED_SETTING,
            path,
            "parameter '"
                + e.getKey()
                + "' would replace an input flgen generates for every train step (data, checkpoint, round or DP); rename it");
      } else if (t.job().components().starter()
          && !io.flgen.model.Job.STARTER_PARAMETERS.contains(e.getKey())) {
        error(
            Codes.VALUE,
            path,
            "the starter kit's train component has no input '"
                + e.getKey()
                + "'; expected one of "
                + String.join(", ", new java.util.TreeSet<>(io.flgen.model.Job.STARTER_PARAMETERS))
                + " (or set job.components to your own components)");
      }
      if (e.getValue() instanceof java.math.BigInteger) {
        error(Codes.VALUE, path, "integer " + e.getValue() + " does not fit in 64 bits");
      }
    }
  }

  /** Existing zone ids must name the zone they are listed under. */
  private void dnsZones() {
    for (var e : t.network().existingDnsZones().entrySet()) {
      String id = e.getValue();
      String last = id.substring(id.lastIndexOf('/') + 1);
      if (!last.equalsIgnoreCase(e.getKey())) {
        error(
            Codes.REQUIRED_SETTING,
            "network.privateDnsZones.existing[\"" + e.getKey() + "\"]",
            "the zone id names zone '" + last + "', not '" + e.getKey() + "'");
      }
    }
  }

  /**
   * Without peering, silo computes cannot reach endpoints that exist only in the hub (the
   * workspace's storage, vault and registry when private), and one shared zone cannot answer with a
   * different private IP per VNet.
   */
  private void peering() {
    var mode = t.orchestrator().network().mode();
    boolean hubPrivate =
        mode == io.flgen.terms.NetworkMode.PRIVATE
            || (mode == io.flgen.terms.NetworkMode.VNET
                && t.metadata().stage() == io.flgen.terms.Stage.RUN);
    boolean isolatedSilo =
        t.silos().stream()
            .anyMatch(
                s ->
                    s.network().mode().isIsolated()
                        && !(s instanceof ExternalSilo e
                            && e.cluster() instanceof KubernetesCluster.Arc));
    if (!t.network().peering() && hubPrivate && isolatedSilo) {
      error(
          Codes.REQUIRED_SETTING,
          "network.peering",
          "peering: false leaves silo computes unable to reach the orchestrator's private endpoints; keep peering on, "
              + "or use open network mode");
    }
  }

  private void job() {
    dnsZones();
    peering();
    jobParameters();
    if (t.job().baseline().isPresent()) {
      for (int i = 0; i < t.silos().size(); i++) {
        if (t.silos().get(i).data().sensitivity() == io.flgen.model.Sensitivity.SENSITIVE) {
          error(
              Codes.REQUIRED_SETTING,
              "job.baseline",
              "a baseline trains on pooled data, which is allowed only when every silo's data is non-sensitive; "
                  + silo(i)
                  + " ("
                  + t.silos().get(i).name()
                  + ") is sensitive");
        }
      }
    }
    t.job()
        .baseline()
        .ifPresent(
            b -> {
              boolean known =
                  t.orchestrator().computes().stream().anyMatch(c -> c.name().equals(b.compute()));
              if (!known) {
                List<String> names =
                    t.orchestrator().computes().stream().map(Compute::name).toList();
                String hint =
                    io.flgen.load.Suggest.closest(b.compute(), names)
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("expected one of " + String.join(", ", names));
                error(
                    Codes.REFERENCE,
                    "job.baseline.compute",
                    "unknown orchestrator compute '" + b.compute() + "'; " + hint);
              }
            });
  }

  private void waivers() {
    for (int i = 0; i < t.waivers().size(); i++) {
      Waiver w = t.waivers().get(i);
      String p = "waivers[" + i + "]";
      if (w.justification().isBlank()) {
        error(
            Codes.WAIVER,
            p + ".justification",
            "waiver of "
                + w.rule()
                + " has no justification; say why the risk is accepted and who accepted it");
      }
      if (w.expires().equals(LocalDate.MIN)) {
        error(
            Codes.WAIVER,
            p + ".expires",
            "expires is not a real calendar date; expected YYYY-MM-DD");
      } else if (w.expires().isBefore(today)) {
        error(
            Codes.WAIVER,
            p + ".expires",
            "waiver of "
                + w.rule()
                + " expired on "
                + w.expires()
                + "; renew it with a new justification or fix the finding");
      }
    }
  }
}
