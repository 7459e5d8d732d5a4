package io.flgen.rules.ws;

import io.flgen.plan.Plan;
import io.flgen.plan.WorkspacePlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import io.flgen.terms.NetworkMode;
import java.util.stream.Stream;

/** In private orchestrator mode the plan needs a private endpoint whose target is the workspace. */
@RuleId("FLG-WS-004")
public final class WorkspacePrivateEndpointMissing implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    WorkspacePlan ws = plan.workspace();
    if (plan.context().orchestratorNetwork() != NetworkMode.PRIVATE) {
      return Stream.empty();
    }
    boolean hasEndpoint =
        plan.privateEndpoints().stream()
            .anyMatch(e -> "workspace".equals(e.targetKind()) && e.target().equals(ws.name()));
    if (hasEndpoint) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            ws.name(),
            ws.origin(),
            ws.name()
                + " has no private endpoint although the orchestrator uses network mode private"));
  }
}
