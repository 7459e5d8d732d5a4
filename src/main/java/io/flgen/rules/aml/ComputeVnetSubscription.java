package io.flgen.rules.aml;

import io.flgen.plan.AzureName;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.stream.Stream;

@RuleId("FLG-AML-001")
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
