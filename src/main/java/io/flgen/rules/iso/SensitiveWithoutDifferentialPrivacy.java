package io.flgen.rules.iso;

import io.flgen.plan.Plan;
import io.flgen.plan.SiloPlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One finding per topology: which silos are sensitive while job.differentialPrivacy is unset. */
@RuleId("FLG-ISO-011")
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
