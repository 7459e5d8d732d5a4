package io.flgen.rules.sto;

import io.flgen.plan.Plan;
import io.flgen.plan.StoragePlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.stream.Stream;

/**
 * Private access is expected when the party that owns the account (the orchestrator or a silo) uses
 * network mode vnet or private. At walk, vnet keeps storage public on purpose ("eyes-on"), hence
 * OFF. Applies to existing accounts too: their exposure is what the deployment relies on.
 */
@RuleId("FLG-STO-005")
public final class PublicNetworkAccess implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.storages().stream()
        .filter(s -> s.exposure().publicNetworkAccess())
        .filter(s -> plan.context().network(s.owner()).isIsolated())
        .map(s -> finding(s.name(), s.origin(), message(plan, s)));
  }

  private static String message(Plan plan, StoragePlan s) {
    String party = s.owner().silo() ? "silo " + s.owner().key() : "the orchestrator";
    return s.name()
        + " accepts public network traffic although "
        + party
        + " uses network mode "
        + plan.context().network(s.owner()).yamlName();
  }
}
