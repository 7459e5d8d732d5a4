package io.flgen.rules.xt;

import io.flgen.plan.Plan;
import io.flgen.plan.PrivateEndpointPlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.stream.Stream;

/**
 * A private endpoint whose target's tenant differs from its VNet's tenant, without manual approval.
 */
@RuleId("FLG-XT-001")
public final class CrossTenantEndpointAutoApproved implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.privateEndpoints().stream()
        .filter(
            e -> !e.manualApproval() && !e.targetScope().tenant().equals(e.vnet().scope().tenant()))
        .map(e -> finding(e.name(), e.vnet().origin(), message(e)));
  }

  private static String message(PrivateEndpointPlan e) {
    return e.name()
        + " in "
        + e.vnet().name()
        + " (tenant "
        + e.vnet().scope().tenant()
        + ") connects to "
        + e.targetKind()
        + " "
        + e.target()
        + " in tenant "
        + e.targetScope().tenant()
        + " without manual approval (manualApproval: false)";
  }
}
