package io.flgen.plan;

/**
 * A private endpoint into one VNet, with its DNS zone group.
 *
 * @param targetKind {@code storage}, {@code vault}, {@code registry} or {@code workspace}
 * @param groupId the private link sub-resource (blob, vault, registry, amlworkspace)
 * @param zones the private DNS zones its zone group registers in
 * @param manualApproval the target lives in another tenant, whose owner must approve the connection
 *     (the endpoint is created with a manual connection request)
 */
public record PrivateEndpointPlan(
    String name,
    Party owner,
    String targetKind,
    String target,
    Scope targetScope,
    String groupId,
    VnetPlan vnet,
    java.util.List<String> zones,
    boolean manualApproval) {}
