package io.flgen.model;

import java.util.List;
import java.util.Optional;

/** An Azure ML compute cluster in the orchestrator's tenant, with new or existing storage. */
public record InternalSilo(
    String name,
    String region,
    Optional<String> subscriptionId,
    Optional<String> resourceGroup,
    Network network,
    List<Compute> computes,
    Storage storage,
    SiloData data,
    Identity identity,
    List<Principal> dataOwners)
    implements Silo {
  public InternalSilo {
    computes = List.copyOf(computes);
    dataOwners = List.copyOf(dataOwners);
  }

  @Override
  public String kindName() {
    return "internal";
  }
}
