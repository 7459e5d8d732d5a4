package io.flgen.plan;

/**
 * An Azure ML compute cluster in the orchestrator workspace.
 *
 * @param vnet the compute VNet, or null in open mode
 * @param after private endpoints the compute is deployed after (the workspace endpoint its nodes
 *     reach the workspace through)
 */
public record ComputePlan(
    String name,
    Party owner,
    String region,
    String vmSize,
    int minNodes,
    int maxNodes,
    String identity,
    VnetPlan vnet,
    boolean nodePublicIp,
    boolean sshPublicAccess,
    boolean localAuth,
    String origin,
    java.util.List<String> after) {
  public ComputePlan {
    after = java.util.List.copyOf(after);
  }

  /** The same compute, created after {@code other} (its workspace private endpoint). */
  public ComputePlan deployedAfter(java.util.List<String> other) {
    return new ComputePlan(
        name,
        owner,
        region,
        vmSize,
        minNodes,
        maxNodes,
        identity,
        vnet,
        nodePublicIp,
        sshPublicAccess,
        localAuth,
        origin,
        other);
  }
}
