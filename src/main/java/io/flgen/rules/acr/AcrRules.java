package io.flgen.rules.acr;

import io.flgen.rules.Rule;
import java.util.List;

/** The container registry rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class AcrRules {
  private AcrRules() {}

  public static final List<Rule> ALL =
      List.of(new AdminUser(), new AnonymousPull(), new PublicRegistryInPrivateMode());
}
