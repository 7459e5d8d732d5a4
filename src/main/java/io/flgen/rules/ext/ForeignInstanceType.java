package io.flgen.rules.ext;

import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import io.flgen.plan.StepPlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every step's InstanceType must be defined by the Kubernetes cluster of the step's own silo;
 * orchestrator steps (aggregation, baseline) run on Azure ML compute and request none.
 */
@RuleId("FLG-EXT-002")
public final class ForeignInstanceType implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return Stream.concat(plan.pipeline().steps().stream(), plan.pipeline().baseline().stream())
        .filter(s -> !s.instanceType().isEmpty())
        .flatMap(
            s ->
                problem(plan, s)
                    .map(
                        what ->
                            finding(
                                s.name(),
                                origin(s),
                                "step "
                                    + s.name()
                                    + " ("
                                    + describe(s.party())
                                    + ") requests instance type "
                                    + s.instanceType()
                                    + ", "
                                    + what))
                    .stream());
  }

  private static Optional<String> problem(Plan plan, StepPlan s) {
    if (!s.party().silo()) {
      return Optional.of(
          "but orchestrator steps run on Azure ML compute and must request none"
              + owners(plan, s.instanceType()));
    }
    boolean own =
        plan.kubernetes().stream()
            .filter(k -> k.owner().silo() && k.owner().key().equals(s.party().key()))
            .anyMatch(k -> defines(k, s.instanceType()));
    return own
        ? Optional.empty()
        : Optional.of(
            "which the silo's own cluster does not define" + owners(plan, s.instanceType()));
  }

  /** {@code " (defined by silo x)"} for the clusters that do define the type, or nothing. */
  private static String owners(Plan plan, String type) {
    var keys =
        plan.kubernetes().stream()
            .filter(k -> defines(k, type))
            .map(k -> describe(k.owner()))
            .toList();
    return keys.isEmpty() ? "" : " (defined by " + String.join(", ", keys) + ")";
  }

  private static boolean defines(KubernetesPlan k, String type) {
    return k.instanceTypes().stream().anyMatch(it -> it.name().equals(type));
  }

  private static String describe(Party p) {
    return p.silo() ? "silo " + p.key() : "the " + p.key();
  }

  /** Where the step's instance type comes from in the topology. */
  private static String origin(StepPlan s) {
    if (s.party().silo()) {
      return s.party().path() + ".instanceTypes";
    }
    return "baseline".equals(s.kind()) ? "job.baseline.compute" : "orchestrator.computes";
  }
}
