package io.flgen.rules.net;

import io.flgen.plan.DnsZonePlan;
import io.flgen.plan.PeeringPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.PrivateEndpointPlan;
import io.flgen.plan.VnetPlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Lookup;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A private endpoint's VNet, and every VNet peered with it, resolves the endpoint's target through
 * the private DNS zones of the endpoint; each of those VNets must be linked to each zone. VNets are
 * compared by name.
 */
@RuleId("FLG-NET-004")
public final class PrivateDnsZoneNotLinked implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    Map<String, DnsZonePlan> zones = Lookup.byKey(plan.dnsZones(), DnsZonePlan::zone);
    Stream<VnetPlan> locals = plan.peerings().stream().map(PeeringPlan::local);
    Map<String, VnetPlan> vnets =
        Lookup.byKey(Stream.concat(plan.vnets().stream(), locals).toList(), VnetPlan::name);
    Map<String, Set<String>> peeredInto = new LinkedHashMap<>();
    for (PeeringPlan p : plan.peerings()) {
      peeredInto
          .computeIfAbsent(p.remote().name(), k -> new LinkedHashSet<>())
          .add(p.local().name());
    }
    // the linked VNet names of each zone, collected once rather than per endpoint
    Map<String, Set<String>> linkedTo = new HashMap<>();
    zones.forEach(
        (name, zone) -> {
          Set<String> names = new HashSet<>();
          zone.links().forEach(l -> names.add(l.name()));
          linkedTo.put(name, names);
        });
    Set<String> reported = new HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (PrivateEndpointPlan e : plan.privateEndpoints()) {
      String home = e.vnet().name();
      List<String> required = new ArrayList<>();
      required.add(home);
      required.addAll(peeredInto.getOrDefault(home, Set.of()));
      for (String z : e.zones()) {
        DnsZonePlan zone = zones.get(z);
        Set<String> linked = linkedTo.getOrDefault(z, Set.of());
        for (String r : required) {
          if (!linked.contains(r) && reported.add(z + "|" + r)) {
            VnetPlan v = vnets.getOrDefault(r, e.vnet());
            out.add(
                finding(
                    r,
                    v.origin(),
                    r
                        + " is not linked to private DNS zone "
                        + z
                        + (zone == null ? " (the plan has no such zone)" : "")
                        + ", so "
                        + e.target()
                        + " resolves to its public address there instead of to "
                        + e.name()
                        + (r.equals(home) ? " in the same VNet" : " in peered " + home)));
          }
        }
      }
    }
    return out.stream();
  }
}
