package io.flgen.rules;

import io.flgen.plan.Plan;
import java.util.stream.Stream;

/**
 * A security rule: reads the plan, reports what violates it. Stateless. A rule class carries its id
 * in {@link RuleId}; a rule declared in its area's registry (a {@link Setting}, for one) carries it
 * as a field. What a rule says to people is its {@link RuleInfo}, kept as data.
 */
public interface Rule {
  Stream<Finding> check(Plan plan);

  /** The id in the class's {@link RuleId} (a declared rule overrides it with its own field). */
  default String id() {
    RuleId id = getClass().getAnnotation(RuleId.class);
    if (id == null) {
      throw new IllegalStateException(getClass().getName() + " lacks @RuleId");
    }
    return id.value();
  }

  /** The rule's entry in the catalogue. */
  default RuleInfo info() {
    return RuleInfo.of(id());
  }

  /** A finding of this rule. */
  default Finding finding(String target, String origin, String message) {
    return new Finding(id(), target, origin, message);
  }
}
