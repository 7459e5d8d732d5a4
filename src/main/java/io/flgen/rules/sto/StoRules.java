package io.flgen.rules.sto;

import io.flgen.rules.Rule;
import java.util.List;

/** The storage rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class StoRules {
  private StoRules() {}

  public static final List<Rule> ALL = List.of(
      new SharedKeyAccess());
}
