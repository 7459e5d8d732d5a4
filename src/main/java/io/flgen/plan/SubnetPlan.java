package io.flgen.plan;

import java.util.List;

/**
 * A subnet and its NSG.
 *
 * @param nsg the NSG name, empty when the subnet has none
 * @param defaultOutboundAccess whether Azure's implicit outbound internet access is left on
 * @param nsgRules the NSG's custom rules
 * @param natGateway the NAT gateway that gives the subnet explicit outbound access; empty when none
 * @param natPublicIp the NAT gateway's public IP (outbound only); empty when none
 * @param routeTable the route table that sends the default route to the hub firewall; empty when
 *     none
 */
public record SubnetPlan(
    String name,
    String prefix,
    String nsg,
    boolean privateEndpoints,
    boolean defaultOutboundAccess,
    List<NsgRulePlan> nsgRules,
    String natGateway,
    String natPublicIp,
    String routeTable) {
  public SubnetPlan {
    nsgRules = List.copyOf(nsgRules);
  }

  /** A subnet without explicit egress. */
  public SubnetPlan(
      String name,
      String prefix,
      String nsg,
      boolean privateEndpoints,
      boolean defaultOutboundAccess,
      List<NsgRulePlan> nsgRules) {
    this(name, prefix, nsg, privateEndpoints, defaultOutboundAccess, nsgRules, "", "", "");
  }

  /** True when the subnet reaches the internet through a NAT gateway or a firewall route. */
  public boolean explicitEgress() {
    return !natGateway.isEmpty() || !routeTable.isEmpty();
  }
}
