package io.flgen.rules.xt;

import io.flgen.rules.Rule;
import java.util.List;

/** The cross-tenant silo rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class XtRules {
  private XtRules() {}

  public static final List<Rule> ALL =
      List.of(
          new CrossTenantEndpointAutoApproved(),
          new FederationTrustsWrongIdentity(),
          new CrossTenantGrantToManagedIdentity());
}
