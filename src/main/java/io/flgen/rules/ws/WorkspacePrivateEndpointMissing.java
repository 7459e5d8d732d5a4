package io.flgen.rules.ws;

import io.flgen.plan.Plan;
import io.flgen.plan.WorkspacePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import io.flgen.terms.NetworkMode;
import java.util.stream.Stream;

/** In private orchestrator mode the plan needs a private endpoint whose target is the workspace. */
@RuleInfo(
    id = "FLG-WS-004",
    name = "workspace-private-endpoint",
    category = Category.WS,
    title = "The orchestrator is in private mode but the workspace has no private endpoint",
    crawl = Level.HIGH,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "Private mode promises a workspace reachable only from the orchestrator VNet and its peered silo "
            + "VNets. Without an amlworkspace private endpoint, either the workspace stays public (and the promise is "
            + "false) or, with public access off, no silo compute or pipeline can reach it and the FL job cannot run.",
    fix =
        "Keep orchestrator.network.mode private with an address space so flgen plans the amlworkspace endpoint "
            + "in the orchestrator VNet; do not remove it from a hand-edited deployment.",
    references = {
      "Azure Policy: Azure Machine Learning workspaces should use private link "
          + "(45e05259-1eb5-4f70-9574-baf73e9d219b)"
    })
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
