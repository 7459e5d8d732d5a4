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
    Identity identity)
    implements Silo {
  public InternalSilo {
    computes = List.copyOf(computes);
  }

  @Override
  public String kindName() {
    return "internal";
  }
}
