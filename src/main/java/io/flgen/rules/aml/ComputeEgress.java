package io.flgen.rules.aml;

import io.flgen.azure.AmlOutbound;
import io.flgen.plan.NsgRulePlan;
import io.flgen.plan.Plan;
import io.flgen.plan.SubnetPlan;
import io.flgen.plan.VnetPlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

@RuleId("FLG-AML-003")
public final class ComputeEgress implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    Set<VnetPlan> used = new LinkedHashSet<>();
    plan.computes().stream().filter(c -> c.vnet() != null).forEach(c -> used.add(c.vnet()));
    plan.kubernetes()
        .forEach(
            k -> plan.vnets().stream().filter(v -> v.owner().equals(k.owner())).forEach(used::add));
    List<Finding> out = new ArrayList<>();
    for (VnetPlan v : used) {
      SubnetPlan s = v.computeSubnet();
      if (!s.explicitEgress() && !s.defaultOutboundAccess()) {
        out.add(
            subnetFinding(
                v, "has no default outbound access and no NAT gateway or firewall route"));
      }
      for (AmlOutbound.Tag tag : AmlOutbound.REQUIRED) {
        if (!allowed(s, tag)) {
          out.add(
              subnetFinding(
                  v,
                  "does not allow "
                      + tag.protocol()
                      + " "
                      + tag.ports()
                      + " outbound to "
                      + tag.tag()
                      + " ("
                      + tag.why()
                      + ")"));
        }
      }
    }
    return out.stream();
  }

  /** A finding on the VNet's compute subnet: "compute subnet S of V " and what is wrong. */
  private Finding subnetFinding(VnetPlan v, String what) {
    SubnetPlan s = v.computeSubnet();
    return finding(
        v.name() + "/" + s.name(),
        v.origin(),
        "compute subnet " + s.name() + " of " + v.name() + " " + what);
  }

  /**
   * The first rule (by priority) that matches the tag's traffic must allow it; none matching means
   * the default allow.
   */
  private static boolean allowed(SubnetPlan s, AmlOutbound.Tag tag) {
    return s.nsgRules().stream()
        .filter(r -> r.direction().equalsIgnoreCase("Outbound"))
        .filter(r -> matches(r, tag))
        .min(java.util.Comparator.comparingInt(NsgRulePlan::priority))
        .map(r -> r.access().equalsIgnoreCase("Allow"))
        .orElse(false);
  }

  private static boolean matches(NsgRulePlan r, AmlOutbound.Tag tag) {
    boolean dest =
        r.destination().equals("*")
            || r.destination().equalsIgnoreCase(tag.tag())
            || r.destination().equalsIgnoreCase("Internet");
    boolean proto = r.protocol().equals("*") || r.protocol().equalsIgnoreCase(tag.protocol());
    boolean ports = r.destinationPorts().equals("*") || r.destinationPorts().equals(tag.ports());
    return dest && proto && ports;
  }
}
