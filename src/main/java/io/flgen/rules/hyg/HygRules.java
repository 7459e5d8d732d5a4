package io.flgen.rules.hyg;

import io.flgen.rules.Rule;
import java.util.List;

/** The template hygiene rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class HygRules {
  private HygRules() {}

  public static final List<Rule> ALL =
      List.of(new NameInvalidOrDuplicate(), new OutputExposesSecret(), new NonDeterministicName());
}
