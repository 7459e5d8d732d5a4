package io.flgen.rules.aks;

import io.flgen.rules.Rule;
import java.util.List;

/** The AKS rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class AksRules {
  private AksRules() {}

  public static final List<Rule> ALL =
      List.of(
          new AksPublicApiServer(),
          new AksLocalAccounts(),
          new AksWithoutAzureRbac(),
          new AksWithoutNetworkPolicy());
}
