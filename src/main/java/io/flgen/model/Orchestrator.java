package io.flgen.model;

import java.util.List;
import java.util.Optional;

/** The orchestrator: the Azure ML workspace that runs aggregation and holds the global model. */
public record Orchestrator(
    String subscriptionId,
    Optional<String> tenantId,
    String resourceGroup,
    String region,
    Workspace workspace,
    Network network,
    Storage.New storage,
    List<Compute> computes,
    Optional<KeyVault> keyVault) {
  public Orchestrator {
    computes = List.copyOf(computes);
  }
}
