package io.flgen.rules.acr;

import io.flgen.plan.Plan;
import io.flgen.plan.RegistryPlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import io.flgen.terms.NetworkMode;
import java.util.stream.Stream;

@RuleId("FLG-ACR-003")
public final class PublicRegistryInPrivateMode implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    RegistryPlan r = plan.registry();
    if (r == null
        || !r.publicNetworkAccess()
        || plan.context().orchestratorNetwork() != NetworkMode.PRIVATE) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            r.name(),
            r.origin(),
            r.name()
                + " accepts public network access (publicNetworkAccess: Enabled) while orchestrator.network.mode is private"));
  }
}
