package io.flgen.rules.aks;

import io.flgen.plan.AksPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-AKS-002",
    name = "aks-local-accounts-without-entra-admins",
    category = Category.AKS,
    title =
        "AKS local accounts are enabled and people have no Entra ID way to administer the cluster",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "Azure ML needs the cluster's local accounts enabled (FLG-AML-005), so the admin certificate exists. It must "
            + "stay a break-glass credential: people administer the cluster through Entra ID and Azure RBAC, as members of an "
            + "admin group, so every action names a person and access is revoked per person. Without that group the local "
            + "admin credential becomes the everyday way in.",
    fix =
        "Keep Azure RBAC on and set cluster.adminGroupObjectId: flgen grants that group Azure Kubernetes Service RBAC "
            + "Cluster Admin on the cluster. Restrict who may list the cluster's admin credentials.",
    references = {
      "PSRule: Azure.AKS.LocalAccounts",
      "Checkov: CKV_AZURE_141",
      "Azure Policy: Azure Kubernetes Service Clusters should have local authentication methods disabled "
          + "(993c2fcd-2b29-49d2-9eb0-df2c3a730c32)"
    })
public final class AksLocalAccounts extends Setting<AksPlan> {
  public AksLocalAccounts() {
    super(
        Kind.AKS,
        a -> !a.localAccountsDisabled() && (a.adminGroupObjectId().isEmpty() || !a.azureRbac()),
        "has local accounts enabled and no Entra admin group with Azure RBAC (cluster.adminGroupObjectId)");
  }
}
