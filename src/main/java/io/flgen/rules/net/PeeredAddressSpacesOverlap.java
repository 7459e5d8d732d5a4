package io.flgen.rules.net;

import io.flgen.model.Cidr;
import io.flgen.plan.PeeringPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.VnetPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-NET-003",
    name = "peered-address-spaces-disjoint",
    category = Category.NET,
    title = "Peered VNets, or two spokes of the same hub, have overlapping address spaces",
    crawl = Level.HIGH,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale = "Azure refuses to peer VNets whose address spaces overlap, and a hub cannot route to two spokes that use "
        + "the same range: the deployment fails, or traffic for one silo's private endpoint is routed to the other "
        + "silo. Silos in different organisations pick ranges independently, so this is a common FL mistake.",
    fix = "Give every isolated party its own range: change network.addressSpace of the orchestrator or of one of the "
        + "silos (and its subnets) so that no two ranges overlap.",
    references = {"No general-purpose equivalent (needs the address plan of all peered VNets)"})
public final class PeeredAddressSpacesOverlap implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    // the plan's VNet list is authoritative; peerings may hold older copies of a VNet record
    Map<String, VnetPlan> byName = new LinkedHashMap<>();
    plan.vnets().forEach(v -> byName.putIfAbsent(v.name(), v));
    for (PeeringPlan p : plan.peerings()) {
      byName.putIfAbsent(p.local().name(), p.local());
      byName.putIfAbsent(p.remote().name(), p.remote());
    }
    List<String> order = new ArrayList<>(byName.keySet());
    Map<String, Set<String>> neighbours = new LinkedHashMap<>();
    order.forEach(n -> neighbours.put(n, new LinkedHashSet<>()));
    // pair key "a|b" (a before b in plan order) -> hub they share, or "" when peered directly
    Map<String, String> pairs = new LinkedHashMap<>();
    for (PeeringPlan p : plan.peerings()) {
      neighbours.get(p.local().name()).add(p.remote().name());
      neighbours.get(p.remote().name()).add(p.local().name());
      pairs.putIfAbsent(key(order, p.local().name(), p.remote().name()), "");
    }
    for (String hub : order) {
      List<String> spokes = neighbours.get(hub).stream().sorted((x, y) -> order.indexOf(x) - order.indexOf(y)).toList();
      for (int i = 0; i < spokes.size(); i++) {
        for (int j = i + 1; j < spokes.size(); j++) {
          pairs.putIfAbsent(key(order, spokes.get(i), spokes.get(j)), hub);
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    pairs.forEach((k, hub) -> {
      VnetPlan a = byName.get(k.substring(0, k.indexOf('|')));
      VnetPlan b = byName.get(k.substring(k.indexOf('|') + 1));
      Optional<Cidr> ca = Cidr.parse(a.addressSpace()).cidr();
      Optional<Cidr> cb = Cidr.parse(b.addressSpace()).cidr();
      if (ca.isPresent() && cb.isPresent() && ca.get().overlaps(cb.get())) {
        String how = hub.isEmpty() ? "which it is peered with" : "which is also peered with " + hub;
        out.add(finding(b.name(), b.origin() + ".addressSpace", b.name() + " (" + b.addressSpace() + ") overlaps "
            + a.name() + " (" + a.addressSpace() + "), " + how));
      }
    });
    return out.stream();
  }

  private static String key(List<String> order, String x, String y) {
    return order.indexOf(x) <= order.indexOf(y) ? x + "|" + y : y + "|" + x;
  }
}
