package io.flgen.rules;

import io.flgen.plan.Plan;
import java.util.stream.Stream;

/** A security rule: reads the plan, reports what violates it. Stateless. */
public interface Rule {
  Stream<Finding> check(Plan plan);

  default RuleInfo info() {
    RuleInfo i = getClass().getAnnotation(RuleInfo.class);
    if (i == null) {
      throw new IllegalStateException(getClass().getName() + " lacks @RuleInfo");
    }
    return i;
  }

  /** A finding of this rule. */
  default Finding finding(String target, String origin, String message) {
    return new Finding(info().id(), target, origin, message);
  }
}
