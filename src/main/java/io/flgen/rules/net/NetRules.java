package io.flgen.rules.net;

import io.flgen.rules.Rule;
import java.util.List;

/** The network rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class NetRules {
  private NetRules() {}

  public static final List<Rule> ALL =
      List.of(
          new SubnetWithoutNsg(),
          new NsgAllowsInternetInbound(),
          new PeeredAddressSpacesOverlap(),
          new PrivateDnsZoneNotLinked(),
          new PeeringForwardsTraffic(),
          new DefaultOutboundAccess());
}
