package io.flgen.rules.aml;

import io.flgen.plan.ComputePlan;
import io.flgen.plan.Plan;
import io.flgen.plan.PrivateEndpointPlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.List;
import java.util.stream.Stream;

@RuleId("FLG-AML-002")
public final class WorkspaceEndpointForPrivateNodes implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    Lookup lookup = new Lookup(plan);
    return plan.computes().stream()
        .filter(c -> c.vnet() != null && !c.nodePublicIp())
        .flatMap(
            c ->
                problem(lookup, c).stream()
                    .map(
                        p ->
                            finding(
                                c.name(),
                                c.origin(),
                                "compute "
                                    + c.name()
                                    + " in "
                                    + c.vnet().name()
                                    + " has no node public IPs, but "
                                    + p)));
  }

  /**
   * The workspace endpoints, peerings and zone links, indexed once: looked up per compute, scanning
   * them made the rule quadratic in the silo count.
   */
  private static final class Lookup {
    final List<PrivateEndpointPlan> workspaceEndpoints;
    final java.util.Map<String, java.util.Set<String>> peeredWith = new java.util.HashMap<>();

    /**
     * Per zone name, every zone record of that name: each either points at an existing zone or has
     * these links.
     */
    final java.util.Map<String, List<java.util.Set<String>>> zoneLinks = new java.util.HashMap<>();

    Lookup(Plan plan) {
      workspaceEndpoints =
          plan.privateEndpoints().stream()
              .filter(
                  e ->
                      e.groupId().equals("amlworkspace")
                          && e.target().equals(plan.workspace().name()))
              .toList();
      plan.peerings()
          .forEach(
              p ->
                  peeredWith
                      .computeIfAbsent(p.local().name(), k -> new java.util.HashSet<>())
                      .add(p.remote().name()));
      plan.dnsZones()
          .forEach(
              d ->
                  zoneLinks
                      .computeIfAbsent(d.zone(), k -> new java.util.ArrayList<>())
                      .add(
                          d.existingId().isEmpty()
                              ? d.links().stream()
                                  .map(l -> l.name())
                                  .collect(java.util.stream.Collectors.toSet())
                              : null));
    }

    boolean linked(String zone, String vnet) {
      return zoneLinks.getOrDefault(zone, List.of()).stream()
          .anyMatch(links -> links == null || links.contains(vnet));
    }
  }

  private static List<String> problem(Lookup lookup, ComputePlan c) {
    String vnet = c.vnet().name();
    List<PrivateEndpointPlan> usable =
        lookup.workspaceEndpoints.stream()
            .filter(
                e ->
                    e.vnet().name().equals(vnet)
                        || lookup
                            .peeredWith
                            .getOrDefault(vnet, java.util.Set.of())
                            .contains(e.vnet().name()))
            .filter(e -> e.zones().stream().allMatch(z -> lookup.linked(z, vnet)))
            .toList();
    if (usable.isEmpty()) {
      return List.of(
          "no amlworkspace private endpoint is reachable from that VNet with both of its zones linked");
    }
    // a reviewed template's deployment order is not known (Derive marks it "?")
    if (!c.after().contains("?") && usable.stream().noneMatch(e -> c.after().contains(e.name()))) {
      return List.of(
          "it is not deployed after " + usable.get(0).name() + " (the endpoint its nodes use)");
    }
    return List.of();
  }
}
