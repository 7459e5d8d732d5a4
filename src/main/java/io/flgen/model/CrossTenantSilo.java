package io.flgen.model;

import java.util.List;
import java.util.Optional;

/**
 * A silo whose compute, data and storage live in another Entra tenant. The orchestrator's tenant
 * cannot assign roles there; flgen renders a separate bundle that the silo's admin deploys.
 */
public record CrossTenantSilo(
    String name,
    String region,
    String tenantId,
    Optional<String> subscriptionId,
    Optional<String> resourceGroup,
    Network network,
    List<Compute> computes,
    Storage storage,
    SiloData data,
    Identity identity,
    List<Principal> dataOwners)
    implements Silo {
  public CrossTenantSilo {
    computes = List.copyOf(computes);
    dataOwners = List.copyOf(dataOwners);
  }

  @Override
  public String kindName() {
    return "cross-tenant";
  }
}
