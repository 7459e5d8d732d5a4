package io.flgen.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The id of a rule class, opaque and never reused: FLG-AREA-NNN. What the rule says to people
 * (name, title, levels, rationale, fix, references, sources) is its {@link RuleInfo}, read from the
 * catalogue under {@code src/main/resources/rules/}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleId {
  String value();
}
