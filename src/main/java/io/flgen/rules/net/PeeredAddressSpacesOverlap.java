package io.flgen.rules.net;

import io.flgen.plan.PeeringPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.VnetPlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Lookup;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import io.flgen.terms.Cidr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

@RuleId("FLG-NET-003")
public final class PeeredAddressSpacesOverlap implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    // the plan's VNet list is authoritative; peerings may hold older copies of a VNet record
    Stream<VnetPlan> sides =
        plan.peerings().stream().flatMap(p -> Stream.of(p.local(), p.remote()));
    List<VnetPlan> vnets =
        new ArrayList<>(
            Lookup.byKey(Stream.concat(plan.vnets().stream(), sides).toList(), VnetPlan::name)
                .values());
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < vnets.size(); i++) {
      position.put(vnets.get(i).name(), i);
    }
    List<Optional<Cidr>> spaces =
        vnets.stream().map(v -> Cidr.parse(v.addressSpace()).cidr()).toList();
    List<Set<Integer>> neighbours = new ArrayList<>();
    vnets.forEach(v -> neighbours.add(new TreeSet<>()));
    // a pair is reported once: peered directly first, else as two spokes of the first hub in plan
    // order
    Set<Long> seen = new HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (PeeringPlan p : plan.peerings()) {
      int a = position.get(p.local().name());
      int b = position.get(p.remote().name());
      neighbours.get(a).add(b);
      neighbours.get(b).add(a);
      int lo = Math.min(a, b);
      int hi = Math.max(a, b);
      if (seen.add(pair(lo, hi)) && overlap(spaces, lo, hi)) {
        out.add(finding(vnets, lo, hi, ""));
      }
    }
    for (int hub = 0; hub < vnets.size(); hub++) {
      // spokes in plan order; only the spokes with a valid range can overlap
      List<Integer> spokes =
          neighbours.get(hub).stream().filter(i -> spaces.get(i).isPresent()).toList();
      List<Cidr> ranges = spokes.stream().map(i -> spaces.get(i).get()).toList();
      for (int[] p : Cidr.overlappingPairs(ranges)) {
        int lo = spokes.get(p[0]);
        int hi = spokes.get(p[1]);
        if (seen.add(pair(lo, hi))) {
          out.add(finding(vnets, lo, hi, vnets.get(hub).name()));
        }
      }
    }
    return out.stream();
  }

  private static long pair(int lo, int hi) {
    return ((long) lo << 32) | hi;
  }

  private static boolean overlap(List<Optional<Cidr>> spaces, int a, int b) {
    return spaces.get(a).isPresent()
        && spaces.get(b).isPresent()
        && spaces.get(a).get().overlaps(spaces.get(b).get());
  }

  private Finding finding(List<VnetPlan> vnets, int lo, int hi, String hub) {
    VnetPlan a = vnets.get(lo);
    VnetPlan b = vnets.get(hi);
    String how = hub.isEmpty() ? "which it is peered with" : "which is also peered with " + hub;
    return finding(
        b.name(),
        b.origin() + ".addressSpace",
        b.name()
            + " ("
            + b.addressSpace()
            + ") overlaps "
            + a.name()
            + " ("
            + a.addressSpace()
            + "), "
            + how);
  }
}
