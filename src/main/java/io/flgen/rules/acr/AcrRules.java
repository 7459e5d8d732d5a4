package io.flgen.rules.acr;

import io.flgen.plan.RegistryPlan;
import io.flgen.rules.Rule;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;
import io.flgen.terms.NetworkMode;
import java.util.List;

/** The container registry rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class AcrRules {
  private AcrRules() {}

  public static final List<Rule> ALL =
      List.of(
          new Setting<>(
              "FLG-ACR-001",
              Kind.REGISTRY,
              RegistryPlan::adminUserEnabled,
              "has the admin user enabled (adminUserEnabled: true)"),
          new Setting<>(
              "FLG-ACR-002",
              Kind.REGISTRY,
              RegistryPlan::anonymousPullEnabled,
              "allows anonymous pull (anonymousPullEnabled: true)"),
          new Setting<>(
              "FLG-ACR-003",
              Kind.REGISTRY,
              (plan, r) ->
                  r.publicNetworkAccess()
                      && plan.context().orchestratorNetwork() == NetworkMode.PRIVATE,
              "accepts public network access (publicNetworkAccess: Enabled) while orchestrator.network.mode is private"));
}
