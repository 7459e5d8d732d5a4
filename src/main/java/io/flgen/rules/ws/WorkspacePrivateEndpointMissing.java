package io.flgen.rules.ws;

import io.flgen.plan.Plan;
import io.flgen.plan.WorkspacePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.terms.NetworkMode;

/** In private orchestrator mode the plan needs a private endpoint whose target is the workspace. */
@RuleId("FLG-WS-004")
public final class WorkspacePrivateEndpointMissing extends Setting<WorkspacePlan> {
  public WorkspacePrivateEndpointMissing() {
    super(
        Kind.WORKSPACE,
        (plan, ws) ->
            plan.context().orchestratorNetwork() == NetworkMode.PRIVATE && !hasEndpoint(plan, ws),
        "has no private endpoint although the orchestrator uses network mode private");
  }

  private static boolean hasEndpoint(Plan plan, WorkspacePlan ws) {
    return plan.privateEndpoints().stream()
        .anyMatch(e -> "workspace".equals(e.targetKind()) && e.target().equals(ws.name()));
  }
}
