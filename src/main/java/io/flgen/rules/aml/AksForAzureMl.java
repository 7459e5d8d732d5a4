package io.flgen.rules.aml;

import io.flgen.plan.AksPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-AML-005",
    name = "aks-supported-by-azure-ml",
    category = Category.AML,
    title = "An AKS cluster is set up in a way the Azure ML extension does not support",
    crawl = Level.CRITICAL,
    walk = Level.CRITICAL,
    run = Level.CRITICAL,
    waivable = false,
    rationale =
        "Azure ML does not support AKS with local accounts disabled, nor a private cluster that also publishes a "
            + "public FQDN; with a private workspace the cluster must be in the workspace's region. With Azure RBAC on, someone "
            + "must hold a cluster role, or nobody can apply the silo's namespace and instance types.",
    fix =
        "flgen keeps local accounts enabled (people still go through Entra ID and Azure RBAC), disables the public FQDN of "
            + "private clusters, and grants the silo's cluster.adminGroupObjectId Azure Kubernetes Service RBAC Cluster Admin. "
            + "Put the silo in the workspace's region when the workspace is private.",
    sources = {
      AmlRules.K8S_EXTENSION
          + " | Disabling local accounts for AKS is not supported by Azure Machine Learning. When the AKS "
          + "Cluster is deployed, local accounts are enabled by default.",
      AmlRules.SECURE_K8S
          + " | Using a public fully qualified domain name (FQDN) with a private AKS cluster is not "
          + "supported with Azure Machine Learning.",
      AmlRules.SECURE_K8S
          + " | If your workspace has a private endpoint, the Azure Kubernetes Service cluster must be in "
          + "the same Azure region as the workspace."
    })
public final class AksForAzureMl implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    if (plan.workspace().name().isEmpty()) {
      // a reviewed deployment without an Azure ML workspace: its clusters serve no Azure ML
      return out.stream();
    }
    for (AksPlan a : plan.aksClusters()) {
      if (a.localAccountsDisabled()) {
        out.add(
            finding(
                a.name(),
                a.origin(),
                a.name()
                    + " disables local accounts, which the Azure ML extension does not support"));
      }
      if (a.privateCluster() && a.privateClusterPublicFqdn()) {
        out.add(
            finding(
                a.name(),
                a.origin(),
                a.name()
                    + " is private but publishes a public FQDN, which Azure ML does not support"));
      }
      if (!plan.workspace().publicNetworkAccess()
          && !a.region().equals(plan.workspace().region())) {
        out.add(
            finding(
                a.name(),
                a.origin(),
                a.name()
                    + " is in "
                    + a.region()
                    + " but workspace "
                    + plan.workspace().name()
                    + " is private and in "
                    + plan.workspace().region()
                    + ": a private workspace attaches clusters of its own region"));
      }
      if (a.azureRbac() && a.adminGroupObjectId().isEmpty()) {
        out.add(
            finding(
                a.name(),
                a.origin(),
                a.name()
                    + " uses Azure RBAC but no group holds a cluster role "
                    + "(set cluster.adminGroupObjectId)"));
      }
    }
    return out.stream();
  }
}
