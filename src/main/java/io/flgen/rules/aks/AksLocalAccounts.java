package io.flgen.rules.aks;

import io.flgen.plan.AksPlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-AKS-002")
public final class AksLocalAccounts extends Setting<AksPlan> {
  public AksLocalAccounts() {
    super(
        Kind.AKS,
        a -> !a.localAccountsDisabled() && (a.adminGroupObjectId().isEmpty() || !a.azureRbac()),
        "has local accounts enabled and no Entra admin group with Azure RBAC (cluster.adminGroupObjectId)");
  }
}
