package io.flgen.rules.aml;

import io.flgen.plan.AksPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

@RuleId("FLG-AML-005")
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
