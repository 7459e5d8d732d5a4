package io.flgen.rules.iso;

import io.flgen.plan.Plan;
import io.flgen.plan.SiloPlan;
import io.flgen.plan.StepPlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.List;
import java.util.stream.Stream;

/**
 * A baseline step (trained on pooled data) while any silo is sensitive: one finding per baseline
 * step and sensitive silo. Validation forbids this in a topology; the rule guards edited plans.
 */
@RuleId("FLG-ISO-004")
public final class BaselineOnSensitiveData implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    List<SiloPlan> sensitive = Silos.sensitive(plan);
    return Stream.concat(
            plan.pipeline().baseline().stream(),
            plan.pipeline().steps().stream().filter(s -> "baseline".equals(s.kind())))
        .flatMap(
            step ->
                sensitive.stream()
                    .map(
                        silo ->
                            finding(
                                step.name(),
                                "job.baseline",
                                "baseline step "
                                    + step.name()
                                    + " trains on pooled data ("
                                    + datastores(step)
                                    + ") while silo "
                                    + silo.name()
                                    + " ("
                                    + silo.party().path()
                                    + ") holds sensitive data")));
  }

  private static String datastores(StepPlan step) {
    List<String> ds =
        step.inputs().stream()
            .map(StepPlan.Port::datastore)
            .filter(d -> !d.isEmpty())
            .distinct()
            .toList();
    return ds.isEmpty() ? "no datastore input" : "datastore " + String.join(", ", ds);
  }
}
