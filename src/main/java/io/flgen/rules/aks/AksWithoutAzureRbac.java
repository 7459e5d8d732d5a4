package io.flgen.rules.aks;

import io.flgen.plan.AksPlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-AKS-003")
public final class AksWithoutAzureRbac extends Setting<AksPlan> {
  public AksWithoutAzureRbac() {
    super(
        Kind.AKS,
        a -> !a.azureRbac(),
        "does not use Azure RBAC for Kubernetes authorization (enableAzureRBAC: false)");
  }
}
