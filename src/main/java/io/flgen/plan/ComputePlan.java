package io.flgen.plan;

/**
 * An Azure ML compute cluster in the orchestrator workspace.
 *
 * @param subnet the compute subnet, or null in open mode
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
    String origin) {}
