package io.flgen.rules.xt;

import io.flgen.plan.PrivateEndpointPlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;

/**
 * A private endpoint whose target's tenant differs from its VNet's tenant, without manual approval.
 */
@RuleId("FLG-XT-001")
public final class CrossTenantEndpointAutoApproved extends Setting<PrivateEndpointPlan> {
  public CrossTenantEndpointAutoApproved() {
    super(
        Kind.PRIVATE_ENDPOINT,
        e -> !e.manualApproval() && !e.targetScope().tenant().equals(e.vnet().scope().tenant()),
        e ->
            "in "
                + e.vnet().name()
                + " (tenant "
                + e.vnet().scope().tenant()
                + ") connects to "
                + e.targetKind()
                + " "
                + e.target()
                + " in tenant "
                + e.targetScope().tenant()
                + " without manual approval (manualApproval: false)");
  }
}
