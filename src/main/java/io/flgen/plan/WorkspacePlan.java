package io.flgen.plan;

/**
 * The orchestrator workspace and its dependencies.
 *
 * @param registrySku Basic, Standard or Premium (Premium when private access is needed)
 */
public record WorkspacePlan(
    String name,
    Scope scope,
    String region,
    boolean hbi,
    boolean publicNetworkAccess,
    String systemDatastoresAuthMode,
    String storage,
    String keyVault,
    String registry,
    String registrySku,
    boolean registryAdminUser,
    boolean registryPublicAccess,
    boolean keyVaultPublicAccess) {}
