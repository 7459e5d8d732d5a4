package io.flgen.rules.hyg;

import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks each named resource against its Azure naming rule and against the names before it in the
 * same namespace (case-insensitive). A name that breaks its rule is not also reported as a
 * duplicate.
 */
@RuleId("FLG-HYG-001")
public final class NameInvalidOrDuplicate implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    Map<String, PlanNames.Named> first = new HashMap<>();
    for (PlanNames.Named n : PlanNames.of(plan)) {
      if (n.kind() == null) {
        continue;
      }
      var v = n.kind().violation(n.name());
      if (v.isPresent()) {
        out.add(named(n, v.get() + "; expected " + n.kind().description()));
        continue;
      }
      PlanNames.Named prior =
          first.putIfAbsent(n.namespace() + "|" + n.name().toLowerCase(Locale.ROOT), n);
      if (prior != null) {
        out.add(
            named(
                n,
                "is also the "
                    + prior.label()
                    + " of "
                    + prior.origin()
                    + (prior.name().equals(n.name())
                        ? ""
                        : " ('" + prior.name() + "', names are case-insensitive)")
                    + "; both would deploy as one resource"));
      }
    }
    return out.stream();
  }

  /** A finding on one name: "LABEL 'NAME' " and what is wrong with it. */
  private Finding named(PlanNames.Named n, String what) {
    return finding(n.name(), n.origin(), n.label() + " '" + n.name() + "' " + what);
  }
}
