package io.flgen.rules.ext;

import io.flgen.rules.Rule;
import java.util.List;

/** The external Kubernetes silo rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class ExtRules {
  private ExtRules() {}

  public static final List<Rule> ALL =
      List.of(
          new ConfidentialPoolMismatch(),
          new ForeignInstanceType(),
          new HostPathLocalData(),
          new UnknownNodePool(),
          new StepOutsideConfidentialPool());
}
