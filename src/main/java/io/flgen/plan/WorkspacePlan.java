package io.flgen.plan;

/**
 * The orchestrator workspace. Its Key Vault and registry are planned separately ({@link
 * KeyVaultPlan}, {@link RegistryPlan}) so the same rules check them as any other vault or registry.
 *
 * @param imageBuildCompute the compute that builds environment images when the registry is private
 *     (it cannot be reached from Azure ML's build service); empty otherwise
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
    boolean v1LegacyMode,
    String origin,
    String imageBuildCompute) {}
