package io.flgen.rules.aks;

import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-AKS-002",
    name = "aks-local-accounts-disabled",
    category = Category.AKS,
    title = "AKS local accounts are enabled",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale = "With local accounts enabled anyone allowed to list the cluster's admin credentials gets a "
        + "cluster-admin certificate that bypasses Entra ID, cannot be revoked per person and names nobody in the "
        + "audit log. On an external silo that credential reaches the silo's local data.",
    fix = "Keep local accounts disabled (flgen's default, disableLocalAccounts: true) and grant people and the Azure ML "
        + "extension access through Entra ID and Azure RBAC.",
    references = {"PSRule: Azure.AKS.LocalAccounts", "Checkov: CKV_AZURE_141",
        "Azure Policy: Azure Kubernetes Service Clusters should have local authentication methods disabled "
            + "(993c2fcd-2b29-49d2-9eb0-df2c3a730c32)"})
public final class AksLocalAccounts implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.aksClusters().stream()
        .filter(a -> !a.localAccountsDisabled())
        .map(a -> finding(a.name(), a.origin(), a.name() + " (silo " + a.owner().key()
            + ") has local accounts enabled (disableLocalAccounts: false)"));
  }
}
