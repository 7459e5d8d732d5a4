package io.flgen.rules.iso;

import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import io.flgen.plan.StepPlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every step must run on a compute of the plan owned by the step's own party. */
@RuleId("FLG-ISO-010")
public final class StepOnForeignCompute implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    // compute name -> owning party: Azure ML clusters and attached Kubernetes computes alike
    Map<String, Party> computes = new HashMap<>();
    plan.computes().forEach(c -> computes.putIfAbsent(c.name(), c.owner()));
    plan.kubernetes().forEach(k -> computes.putIfAbsent(k.computeName(), k.owner()));
    return Stream.concat(plan.pipeline().steps().stream(), plan.pipeline().baseline().stream())
        .flatMap(
            step ->
                problem(step, computes.get(step.compute()))
                    .map(
                        what ->
                            finding(
                                step.name(),
                                origin(step),
                                "step "
                                    + step.name()
                                    + " ("
                                    + Silos.describe(step.party())
                                    + ") runs on "
                                    + what))
                    .stream());
  }

  private static Optional<String> problem(StepPlan step, Party owner) {
    if (owner == null) {
      return Optional.of("compute " + step.compute() + ", which is not in the plan");
    }
    if (owner.key().equals(step.party().key()) && owner.silo() == step.party().silo()) {
      return Optional.empty();
    }
    return Optional.of("compute " + step.compute() + " of " + Silos.describe(owner));
  }

  /** Where the step's compute is chosen in the topology. */
  private static String origin(StepPlan step) {
    if (step.party().silo()) {
      return step.party().path() + ".computes";
    }
    return "baseline".equals(step.kind()) ? "job.baseline.compute" : "orchestrator.computes";
  }
}
