package io.flgen.rules.iso;

import io.flgen.plan.Plan;
import io.flgen.plan.SiloPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One finding per topology: which silos are sensitive while job.differentialPrivacy is unset. */
@RuleInfo(
    id = "FLG-ISO-011",
    name = "sensitive-data-uses-differential-privacy",
    category = Category.ISO,
    title = "Sensitive data is trained without differential privacy",
    crawl = Level.OFF,
    walk = Level.LOW,
    run = Level.MEDIUM,
    rationale =
        "Federated learning keeps raw data in the silo, but the model updates it sends are computed from that "
            + "data: without differential privacy, membership-inference and gradient-inversion attacks on the updates or "
            + "the global model can reveal individual records to the orchestrator or to any party that receives the model.",
    fix =
        "Set job.differentialPrivacy (epsilon, delta, maxGradNorm): flgen passes DP-SGD settings to every train "
            + "step. If the privacy budget is accepted another way, add a waiver with the justification.",
    references = RuleInfo.FL_SPECIFIC)
public final class SensitiveWithoutDifferentialPrivacy implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    List<SiloPlan> sensitive = Silos.sensitive(plan);
    if (sensitive.isEmpty() || plan.context().job().differentialPrivacy()) {
      return Stream.empty();
    }
    String silos =
        sensitive.stream()
            .map(s -> s.name() + " (" + s.party().path() + ")")
            .collect(Collectors.joining(", "));
    return Stream.of(
        finding(
            "job.differentialPrivacy",
            "job",
            "job.differentialPrivacy is not set, but "
                + (sensitive.size() == 1 ? "silo " : "silos ")
                + silos
                + " hold"
                + (sensitive.size() == 1 ? "s" : "")
                + " sensitive data: train steps run without DP-SGD"));
  }
}
