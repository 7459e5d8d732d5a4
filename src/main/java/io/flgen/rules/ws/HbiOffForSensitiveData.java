package io.flgen.rules.ws;

import io.flgen.plan.Plan;
import io.flgen.plan.SiloPlan;
import io.flgen.plan.WorkspacePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import java.util.List;

@RuleId("FLG-WS-003")
public final class HbiOffForSensitiveData extends Setting<WorkspacePlan> {
  public HbiOffForSensitiveData() {
    super(
        Kind.WORKSPACE,
        (plan, ws) -> !ws.hbi() && !sensitive(plan).isEmpty(),
        (plan, ws) ->
            "has hbi off although silos "
                + String.join(", ", sensitive(plan))
                + " hold sensitive data");
  }

  private static List<String> sensitive(Plan plan) {
    return plan.silos().stream().filter(SiloPlan::sensitive).map(SiloPlan::name).toList();
  }
}
