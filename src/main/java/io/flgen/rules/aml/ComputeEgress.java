package io.flgen.rules.aml;

import io.flgen.azure.AmlOutbound;
import io.flgen.plan.NsgRulePlan;
import io.flgen.plan.Plan;
import io.flgen.plan.SubnetPlan;
import io.flgen.plan.VnetPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-AML-003",
    name = "compute-subnet-egress",
    category = Category.AML,
    title = "A compute subnet has no explicit outbound path to what Azure ML needs",
    crawl = Level.CRITICAL,
    walk = Level.CRITICAL,
    run = Level.CRITICAL,
    waivable = false,
    rationale =
        "Without default outbound access, a subnet reaches the internet only through a NAT gateway, a firewall route "
            + "or a public IP. Azure ML computes need AzureMachineLearning, BatchNodeManagement, Storage, AzureActiveDirectory and "
            + "the container registries outbound; without them nodes never start, or start and cannot pull images.",
    fix =
        "flgen gives every compute subnet a NAT gateway and NSG outbound allow rules for each service tag Azure ML lists.",
    sources = {
      AmlRules.FIREWALL
          + " | If a compute instance or compute cluster is configured for no public IP, by default it can't "
          + "access the internet.",
      AmlRules.FIREWALL
          + " | AzureMachineLearning | 443, 8787, 18881 UDP: 5831 | Using Azure Machine Learning services.",
      "https://learn.microsoft.com/azure/virtual-network/ip-services/default-outbound-access | For the API released after "
          + "March 31, 2026, new virtual networks default to using private subnets, meaning that an explicit outbound method "
          + "must be enabled in order to reach public endpoints on the internet and within Microsoft."
    })
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
