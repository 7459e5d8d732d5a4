package io.flgen.rules.ws;

import io.flgen.plan.Plan;
import io.flgen.plan.SiloPlan;
import io.flgen.plan.WorkspacePlan;
import io.flgen.rules.Rule;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;
import io.flgen.terms.NetworkMode;
import java.util.List;

/** The workspace rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class WsRules {
  private WsRules() {}

  /** The names of the silos that hold sensitive data. */
  private static List<String> sensitive(Plan plan) {
    return plan.silos().stream().filter(SiloPlan::sensitive).map(SiloPlan::name).toList();
  }

  /** Whether the plan has a private endpoint whose target is the workspace. */
  private static boolean hasEndpoint(Plan plan, WorkspacePlan ws) {
    return plan.privateEndpoints().stream()
        .anyMatch(e -> "workspace".equals(e.targetKind()) && e.target().equals(ws.name()));
  }

  public static final List<Rule> ALL =
      List.of(
          new Setting<>(
              "FLG-WS-001",
              Kind.WORKSPACE,
              WorkspacePlan::publicNetworkAccess,
              "accepts public network traffic (publicNetworkAccess: Enabled)"),
          new Setting<>(
              "FLG-WS-002",
              Kind.WORKSPACE,
              ws -> !"identity".equalsIgnoreCase(ws.systemDatastoresAuthMode()),
              ws ->
                  "system datastores use account keys (systemDatastoresAuthMode: "
                      + ws.systemDatastoresAuthMode()
                      + ")"),
          new Setting<>(
              "FLG-WS-003",
              Kind.WORKSPACE,
              (plan, ws) -> !ws.hbi() && !sensitive(plan).isEmpty(),
              (plan, ws) ->
                  "has hbi off although silos "
                      + String.join(", ", sensitive(plan))
                      + " hold sensitive data"),
          new Setting<>(
              "FLG-WS-004",
              Kind.WORKSPACE,
              (plan, ws) ->
                  plan.context().orchestratorNetwork() == NetworkMode.PRIVATE
                      && !hasEndpoint(plan, ws),
              "has no private endpoint although the orchestrator uses network mode private"),
          new Setting<>(
              "FLG-WS-005",
              Kind.WORKSPACE,
              WorkspacePlan::v1LegacyMode,
              "has v1 legacy mode on (v1LegacyMode: true)"));
}
