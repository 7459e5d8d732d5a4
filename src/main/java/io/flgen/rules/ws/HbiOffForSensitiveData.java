package io.flgen.rules.ws;

import io.flgen.plan.Plan;
import io.flgen.plan.SiloPlan;
import io.flgen.plan.WorkspacePlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.List;
import java.util.stream.Stream;

@RuleId("FLG-WS-003")
public final class HbiOffForSensitiveData implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    WorkspacePlan ws = plan.workspace();
    List<String> sensitive =
        plan.silos().stream().filter(SiloPlan::sensitive).map(SiloPlan::name).toList();
    if (ws.hbi() || sensitive.isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            ws.name(),
            ws.origin(),
            ws.name()
                + " has hbi off although silos "
                + String.join(", ", sensitive)
                + " hold sensitive data"));
  }
}
