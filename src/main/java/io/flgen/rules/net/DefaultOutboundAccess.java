package io.flgen.rules.net;

import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;
import io.flgen.rules.Setting.Subnet;

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
public final class DefaultOutboundAccess extends Setting<Subnet> {
  public DefaultOutboundAccess() {
    super(
        Kind.SUBNET,
        // Bastion, the firewall and the VPN/ExpressRoute gateway reach the internet through their
        // own public IPs; their subnets hold no VM that default outbound access would expose
        s ->
            s.subnet().defaultOutboundAccess()
                && !SubnetWithoutNsg.PLATFORM_SUBNETS.contains(s.subnet().name()),
        "keeps default outbound internet access (defaultOutboundAccess: true)");
  }
}
