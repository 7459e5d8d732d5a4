package io.flgen.rules.aml;

import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.stream.Stream;

@RuleId("FLG-AML-013")
public final class StepGrant implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return ReadinessFindings.of(
        this,
        plan,
        c -> !c.grantOk(),
        c -> "has no grant for " + c.target() + " (" + c.need() + "): " + c.grant());
  }
}
