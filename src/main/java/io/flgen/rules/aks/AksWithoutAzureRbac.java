package io.flgen.rules.aks;

import io.flgen.plan.AksPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-AKS-003",
    name = "aks-azure-rbac",
    category = Category.AKS,
    title = "AKS does not use Azure RBAC for Kubernetes authorization",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "Without Azure RBAC, who may do what inside the cluster lives in Kubernetes RoleBindings that Azure "
            + "reviews, Privileged Identity Management and the access matrix flgen reports never see. The silo owner "
            + "then cannot show, in one place, who can read the pods and volumes that hold its local data.",
    fix =
        "Keep Azure RBAC for Kubernetes authorization on (flgen's default, aadProfile.enableAzureRBAC: true) and "
            + "assign the Azure Kubernetes Service RBAC roles at cluster or namespace scope.",
    references = {"PSRule: Azure.AKS.AzureRBAC"})
public final class AksWithoutAzureRbac extends Setting<AksPlan> {
  public AksWithoutAzureRbac() {
    super(
        Kind.AKS,
        a -> !a.azureRbac(),
        "does not use Azure RBAC for Kubernetes authorization (enableAzureRBAC: false)");
  }
}
