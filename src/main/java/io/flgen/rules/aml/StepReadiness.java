package io.flgen.rules.aml;

import io.flgen.plan.Plan;
import io.flgen.readiness.Check;
import io.flgen.readiness.Readiness;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A rule made of the readiness analysis (FLG-AML-012, FLG-AML-013), declared in {@link AmlRules}:
 * one finding per origin, principal, target and need among the checks that miss something; the
 * rounds of one silo repeat the same steps, so the first step names the group and counts the rest.
 *
 * @param missing holds for a check that misses what the rule is about
 * @param what what is missing, after the step, its compute and its principal
 */
record StepReadiness(String id, Predicate<Check> missing, Function<Check, String> what)
    implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    Map<String, List<Check>> groups = new LinkedHashMap<>();
    for (Check c : Readiness.analyse(plan)) {
      if (missing.test(c)) {
        groups
            .computeIfAbsent(
                c.origin() + "|" + c.principal() + "|" + c.target() + "|" + c.need(),
                k -> new ArrayList<>())
            .add(c);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (List<Check> g : groups.values()) {
      Check c = g.get(0);
      String who =
          c.actor()
              + (g.size() > 1
                  ? " (and " + (g.size() - 1) + " more step" + (g.size() > 2 ? "s" : "") + ")"
                  : "");
      out.add(
          finding(
              c.actor() + " -> " + c.target(),
              c.origin0(),
              who + ", running on " + c.origin() + " as " + c.principal() + ", " + what.apply(c)));
    }
    return out.stream();
  }
}
