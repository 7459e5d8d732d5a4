package io.flgen.plan;

/** The workspace's container registry. Premium is required for private endpoints. */
public record RegistryPlan(
    String name,
    Scope scope,
    String region,
    String sku,
    boolean adminUserEnabled,
    boolean anonymousPullEnabled,
    boolean publicNetworkAccess,
    String origin) {}
