package io.flgen.rules.net;

import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-NET-006",
    name = "subnet-no-default-outbound",
    category = Category.NET,
    title = "A subnet keeps Azure's default outbound internet access",
    crawl = Level.LOW,
    walk = Level.LOW,
    run = Level.LOW,
    rationale =
        "With default outbound access any process on a silo node can reach the internet through a shared "
            + "Microsoft NAT address, so a malicious or buggy training component can upload raw silo data anywhere, and "
            + "no firewall or NAT gateway the silo owns sees it. Explicit egress makes leaving the network a decision.",
    fix =
        "Keep defaultOutboundAccess false (flgen's default) and give the subnet explicit egress (a NAT gateway or "
            + "the hub firewall) limited to what Azure ML needs.",
    references = {
      "PSRule: Azure.VNET.PrivateSubnet",
      "Azure Policy: Subnets should be private (7bca8353-aa3b-429b-904a-9229c4385837)"
    })
public final class DefaultOutboundAccess implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.vnets().stream()
        .flatMap(
            v ->
                v.subnets().stream()
                    .filter(s -> s.defaultOutboundAccess())
                    // Bastion, the firewall and the VPN/ExpressRoute gateway reach the internet
                    // through their own public IPs; their subnets hold no VM that default outbound
                    // access would expose
                    .filter(s -> !SubnetWithoutNsg.PLATFORM_SUBNETS.contains(s.name()))
                    .map(
                        s ->
                            finding(
                                v.name() + "/" + s.name(),
                                v.origin(),
                                v.name()
                                    + "/"
                                    + s.name()
                                    + " keeps default outbound internet access (defaultOutboundAccess: true)")));
  }
}
