package io.flgen.rules.acr;

import io.flgen.plan.RegistryPlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.terms.NetworkMode;

@RuleId("FLG-ACR-003")
public final class PublicRegistryInPrivateMode extends Setting<RegistryPlan> {
  public PublicRegistryInPrivateMode() {
    super(
        Kind.REGISTRY,
        (plan, r) ->
            r.publicNetworkAccess() && plan.context().orchestratorNetwork() == NetworkMode.PRIVATE,
        "accepts public network access (publicNetworkAccess: Enabled) while orchestrator.network.mode is private");
  }
}
