package io.flgen.rules.aml;

import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-AML-006",
    name = "arc-cluster-group-not-created",
    category = Category.AML,
    title = "A deployment creates the resource group that holds an onboarded Arc cluster",
    crawl = Level.CRITICAL,
    walk = Level.CRITICAL,
    run = Level.CRITICAL,
    waivable = false,
    rationale =
        "An Arc cluster is connected (az connectedk8s connect) before the Azure ML extension can be installed on "
            + "it, so its resource group already exists. A deployment that PUTs that group overwrites its tags, and a group "
            + "the deployment creates cannot hold a cluster that must exist first.",
    fix =
        "Give cluster.resourceGroup the group the cluster was connected in, and keep it out of the groups the deployment "
            + "creates; DEPLOY.md's step 0 connects the cluster.",
    sources = {
      AmlRules.K8S_EXTENSION
          + " | Or an Arc Kubernetes cluster is up and running. Follow instructions in connect existing "
          + "Kubernetes cluster to Azure Arc.",
      "https://learn.microsoft.com/azure/azure-arc/kubernetes/extensions | An existing Azure Arc-enabled Kubernetes "
          + "connected cluster, with at least one node of operating system and architecture type linux/amd64."
    })
public final class ArcClusterGroup implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.kubernetes().stream()
        .filter(k -> k.kind() == KubernetesPlan.Kind.ARC)
        .filter(
            k ->
                plan.resourceGroups().contains(k.clusterScope())
                    && !plan.existingGroups().contains(k.clusterScope()))
        .map(
            k ->
                finding(
                    k.clusterName(),
                    k.origin(),
                    "the deployment creates resource group "
                        + k.clusterScope().resourceGroup()
                        + ", which holds the existing Arc cluster "
                        + k.clusterName()));
  }
}
