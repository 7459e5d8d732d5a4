package io.flgen.rules.aml;

import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.stream.Stream;

@RuleId("FLG-AML-006")
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
