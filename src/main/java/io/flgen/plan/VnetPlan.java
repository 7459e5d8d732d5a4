package io.flgen.plan;

import java.util.List;

/** A VNet of one party, with its compute and private endpoint subnets. */
public record VnetPlan(
    String name,
    Party owner,
    Scope scope,
    String region,
    String addressSpace,
    List<SubnetPlan> subnets,
    String origin) {
  public SubnetPlan computeSubnet() {
    return subnets.stream().filter(s -> !s.privateEndpoints()).findFirst().orElseThrow();
  }

  public SubnetPlan privateEndpointSubnet() {
    return subnets.stream().filter(SubnetPlan::privateEndpoints).findFirst().orElseThrow();
  }
}
