package io.flgen.rules.ext;

import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.StepPlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Lookup;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.Map;
import java.util.stream.Stream;

@RuleId("FLG-EXT-005")
public final class StepOutsideConfidentialPool implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    Map<String, KubernetesPlan> confidential =
        Lookup.byKey(
            plan.kubernetes().stream().filter(k -> k.confidentialPool().isPresent()).toList(),
            k -> k.owner().key());
    return Stream.concat(plan.pipeline().steps().stream(), plan.pipeline().baseline().stream())
        .filter(s -> s.party().silo() && confidential.containsKey(s.party().key()))
        .filter(s -> !pinned(s, confidential.get(s.party().key())))
        .map(
            s ->
                finding(
                    s.name(),
                    s.party().path() + ".instanceTypes",
                    "step "
                        + s.name()
                        + " of silo "
                        + s.party().key()
                        + " requests "
                        + (s.instanceType().isEmpty()
                            ? "no instance type"
                            : "instance type " + s.instanceType())
                        + ", so it can run outside the confidential pool "
                        + confidential.get(s.party().key()).confidentialPool().get().name()));
  }

  private static boolean pinned(StepPlan s, KubernetesPlan k) {
    String pool = k.confidentialPool().get().name();
    return k.instanceTypes().stream()
        .anyMatch(it -> it.name().equals(s.instanceType()) && it.nodePool().equals(pool));
  }
}
