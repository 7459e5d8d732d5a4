package io.flgen.rules.xt;

import io.flgen.plan.Plan;
import io.flgen.plan.PrivateEndpointPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * A private endpoint whose target's tenant differs from its VNet's tenant, without manual approval.
 */
@RuleInfo(
    id = "FLG-XT-001",
    name = "cross-tenant-endpoint-manual-approval",
    category = Category.XT,
    title = "A private endpoint into another tenant is not a manual connection",
    crawl = Level.HIGH,
    walk = Level.HIGH,
    run = Level.CRITICAL,
    rationale =
        "A cross-tenant silo's storage is the partner's resource, and the partner tenant's admin decides "
            + "who reaches it. An automatic private link connection is approved by the requester's own rights on the "
            + "target, so an endpoint in the orchestrator's VNet would either fail to deploy or, where someone in the "
            + "orchestrator tenant holds rights on the partner resource, open a network path to the silo's data that "
            + "the partner never approved. The orchestrator tenant must never be able to grant itself access.",
    fix =
        "Keep the endpoint a manual connection request (flgen's default for targets in a silo's tenantId); the "
            + "partner's admin approves it on the storage account's private endpoint connections, as described in the "
            + "partner bundle's DEPLOY.md.",
    references = RuleInfo.FL_SPECIFIC)
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
