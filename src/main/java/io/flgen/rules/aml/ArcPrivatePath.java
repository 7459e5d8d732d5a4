package io.flgen.rules.aml;

import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

@RuleId("FLG-AML-010")
public final class ArcPrivatePath implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    List<String> privateTargets = new ArrayList<>();
    if (!plan.workspace().publicNetworkAccess()) {
      privateTargets.add("workspace " + plan.workspace().name());
    }
    if (!plan.registry().publicNetworkAccess()) {
      privateTargets.add("registry " + plan.registry().name());
    }
    plan.storages().stream()
        .filter(s -> !s.owner().silo() && !s.exposure().publicNetworkAccess())
        .forEach(s -> privateTargets.add("storage " + s.name()));
    if (privateTargets.isEmpty()) {
      return Stream.empty();
    }
    return plan.kubernetes().stream()
        .filter(k -> k.kind() == KubernetesPlan.Kind.ARC && k.privatePath().isEmpty())
        .map(
            k ->
                finding(
                    k.clusterName(),
                    k.origin(),
                    "Arc cluster "
                        + k.clusterName()
                        + " of silo "
                        + k.owner().key()
                        + " declares no private path, but "
                        + String.join(", ", privateTargets)
                        + " are private"));
  }
}
