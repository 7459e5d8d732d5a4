package io.flgen.rules.xt;

import io.flgen.rules.Rule;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;
import java.util.List;

/** The cross-tenant silo rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class XtRules {
  private XtRules() {}

  public static final List<Rule> ALL =
      List.of(
          // a private endpoint whose target's tenant differs from its VNet's tenant
          new Setting<>(
              "FLG-XT-001",
              Kind.PRIVATE_ENDPOINT,
              e ->
                  !e.manualApproval()
                      && !e.targetScope().tenant().equals(e.vnet().scope().tenant()),
              e ->
                  "in "
                      + e.vnet().name()
                      + " (tenant "
                      + e.vnet().scope().tenant()
                      + ") connects to "
                      + e.targetKind()
                      + " "
                      + e.target()
                      + " in tenant "
                      + e.targetScope().tenant()
                      + " without manual approval (manualApproval: false)"),
          new Setting<>("FLG-XT-002", Kind.FEDERATION, FederationTrustsWrongIdentity::problem),
          new CrossTenantGrantToManagedIdentity());
}
