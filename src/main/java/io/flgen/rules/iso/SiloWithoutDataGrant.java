package io.flgen.rules.iso;

import io.flgen.plan.FederationPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.StoragePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-ISO-012",
    name = "silo-has-data-grant",
    category = Category.ISO,
    title = "A silo has no data role on its own storage",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale = "A silo's jobs read their training data with the silo's own identity (or, across tenants, its "
        + "federated app). Without a data-plane role on the silo's storage the jobs fail, and the usual workaround "
        + "is to fall back to account keys or a broad role. The reference sample emits no role assignment at all "
        + "for silos on an existing storage account.",
    fix = "Let flgen plan the grant: Storage Blob Data Contributor for the silo identity (or its federated app for "
        + "a cross-tenant silo) on the silo's storage. For an existing account, deploy the generated assignment "
        + "module in that account's resource group.",
    references = {"No general-purpose equivalent (FL-specific invariant)"})
public final class SiloWithoutDataGrant implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.storages().stream()
        .filter(s -> s.owner().silo() && s.role().equals("silo"))
        .filter(s -> plan.grants().stream().noneMatch(g -> g.target().equals(s.name())
            && isSiloPrincipal(plan, s, g.principal())))
        .map(s -> finding(s.name(), s.origin(), "silo " + s.owner().key() + " has no data-plane role on its storage "
            + s.name() + (s.existing() ? " (an existing account)" : "")));
  }

  private static boolean isSiloPrincipal(Plan plan, StoragePlan s, String principal) {
    boolean identity = plan.identities().stream()
        .anyMatch(i -> i.name().equals(principal) && i.owner().key().equals(s.owner().key()));
    boolean app = plan.federations().stream().map(FederationPlan::appName).anyMatch(principal::equals);
    return identity || app;
  }
}
