package io.flgen.rules.ext;

import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.KubernetesPlan.NodePoolPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An InstanceType pinned to a node pool an AKS cluster of the plan does not have (its system pool
 * and, when present, its confidential pool). Arc clusters are managed where they run; their pools
 * are not in the plan, so they are not judged.
 */
@RuleId("FLG-EXT-004")
public final class UnknownNodePool implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.kubernetes().stream()
        .filter(k -> k.kind() == KubernetesPlan.Kind.AKS)
        .flatMap(
            k -> {
              List<String> pools =
                  Stream.of(k.systemPool(), k.confidentialPool())
                      .flatMap(Optional::stream)
                      .map(NodePoolPlan::name)
                      .toList();
              return IntStream.range(0, k.instanceTypes().size())
                  .filter(
                      j ->
                          !k.instanceTypes().get(j).nodePool().isEmpty()
                              && !pools.contains(k.instanceTypes().get(j).nodePool()))
                  .mapToObj(
                      j ->
                          finding(
                              k.instanceTypes().get(j).name(),
                              k.owner().path() + ".instanceTypes[" + j + "].nodePool",
                              message(k, j, pools)));
            });
  }

  private static String message(KubernetesPlan k, int j, List<String> pools) {
    KubernetesPlan.InstanceTypePlan it = k.instanceTypes().get(j);
    return "instance type "
        + it.name()
        + " (silo "
        + k.owner().key()
        + ") pins pods to node pool "
        + it.nodePool()
        + ", which "
        + k.clusterName()
        + " does not have (pools: "
        + String.join(", ", pools)
        + ")";
  }
}
