package io.flgen.rules.aml;

import io.flgen.plan.AzureName;
import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-AML-001",
    name = "compute-vnet-in-workspace-subscription",
    category = Category.AML,
    title = "A compute's VNet or an attached AKS cluster is outside the workspace's subscription",
    crawl = Level.CRITICAL,
    walk = Level.CRITICAL,
    run = Level.CRITICAL,
    waivable = false,
    rationale =
        "Azure ML creates compute clusters only in a VNet of the workspace's own subscription, and cannot attach an "
            + "AKS cluster from another subscription: the deployment fails.",
    fix =
        "flgen puts every silo's VNet (and its private endpoints and AKS cluster) in the orchestrator's subscription and "
            + "keeps only the silo's storage and its grants in the silo's subscription. A hand-written template must do the same.",
    sources = {
      AmlRules.SECURE_TRAINING
          + " | An existing virtual network and subnet to use with your compute resources. This VNet "
          + "must be in the same subscription as your Azure Machine Learning workspace.",
      AmlRules.K8S_EXTENSION
          + " | Azure Machine Learning doesn't support attaching an AKS cluster cross subscription.",
      AmlRules.PRIVATE_LINK
          + " | The private endpoint must be deployed in the same region and subscription as the virtual "
          + "network."
    })
public final class ComputeVnetSubscription implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    String sub = plan.workspace().scope().subscriptionId();
    Stream<Finding> computes =
        plan.computes().stream()
            .filter(
                c -> c.vnet() != null && !AzureName.same(c.vnet().scope().subscriptionId(), sub))
            .map(
                c ->
                    finding(
                        c.name(),
                        c.origin(),
                        "compute "
                            + c.name()
                            + " uses VNet "
                            + c.vnet().name()
                            + " in subscription "
                            + c.vnet().scope().subscriptionId()
                            + ", not the workspace's "
                            + sub));
    Stream<Finding> aks =
        plan.aksClusters().stream()
            .filter(a -> !AzureName.same(a.scope().subscriptionId(), sub))
            .map(
                a ->
                    finding(
                        a.name(),
                        a.origin(),
                        "AKS cluster "
                            + a.name()
                            + " is in subscription "
                            + a.scope().subscriptionId()
                            + "; Azure ML attaches clusters of the workspace's subscription "
                            + sub
                            + " only"));
    return Stream.concat(computes, aks);
  }
}
