package io.flgen.rules.ext;

import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.KubernetesPlan.NodePoolPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An InstanceType pinned to a node pool an AKS cluster of the plan does not have (its system pool
 * and, when present, its confidential pool). Arc clusters are managed where they run; their pools
 * are not in the plan, so they are not judged.
 */
@RuleInfo(
    id = "FLG-EXT-004",
    name = "instance-type-known-node-pool",
    category = Category.EXT,
    title = "An instance type pins pods to a node pool the cluster does not have",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "Pinning a silo's jobs to the confidential pool is what keeps its data encrypted in use. When the "
            + "pool named by an InstanceType's node selector does not exist, the silo's training pods stay pending; "
            + "the usual 'fix' under pressure is to drop the selector, and the silo's sensitive data is then processed "
            + "on ordinary nodes without anyone deciding so.",
    fix =
        "Name an existing pool in instanceTypes[].nodePool: system, or confidential when "
            + "cluster.confidentialNodePool is set. flgen's validator rejects other names; re-render instead of "
            + "hand-editing the InstanceType.",
    references = RuleInfo.FL_SPECIFIC)
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
