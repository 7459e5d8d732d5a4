package io.flgen.plan;

import java.util.List;

/**
 * A subnet and its NSG.
 *
 * @param nsg the NSG name, empty when the subnet has none
 * @param defaultOutboundAccess whether Azure's implicit outbound internet access is left on
 * @param nsgRules the NSG's custom rules (flgen generates none)
 */
public record SubnetPlan(
    String name,
    String prefix,
    String nsg,
    boolean privateEndpoints,
    boolean defaultOutboundAccess,
    List<NsgRulePlan> nsgRules) {
  public SubnetPlan {
    nsgRules = List.copyOf(nsgRules);
  }
}
