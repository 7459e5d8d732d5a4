package io.flgen.rules.sto;

import io.flgen.plan.Plan;
import io.flgen.plan.StoragePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * Private access is expected when the party that owns the account (the orchestrator or a silo) uses
 * network mode vnet or private. At walk, vnet keeps storage public on purpose ("eyes-on"), hence
 * OFF. Applies to existing accounts too: their exposure is what the deployment relies on.
 */
@RuleInfo(
    id = "FLG-STO-005",
    name = "storage-private-when-isolated",
    category = Category.STO,
    title =
        "A storage account accepts public network traffic although its party's network is isolated",
    crawl = Level.OFF,
    walk = Level.OFF,
    run = Level.HIGH,
    rationale =
        "In eyes-off mode silo data and model updates must be reachable only from the parties' VNets. A "
            + "public endpoint leaves the account one stolen token, or one over-broad role, away from the internet, "
            + "and it bypasses the private endpoints and DNS the topology asked for. At run stage vnet and private "
            + "modes promise that no data account is public.",
    fix =
        "Keep the party's network mode vnet or private and let flgen disable public network access; for an "
            + "existing account, disable public network access on it and rely on the private endpoint flgen adds.",
    references = {
      "Checkov: CKV_AZURE_59",
      "Azure Policy: Storage accounts should disable public network access (b2982f36-99f2-4db5-8eff-283140c09693)"
    })
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
