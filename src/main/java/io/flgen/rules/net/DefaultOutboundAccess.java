package io.flgen.rules.net;

import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;
import io.flgen.rules.Setting.Subnet;

@RuleId("FLG-NET-006")
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
