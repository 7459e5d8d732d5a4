package io.flgen.plan;

/**
 * A Key Vault: the workspace's own, or the orchestrator's confidentiality vault.
 *
 * @param purpose {@code workspace} or {@code confidentiality}
 * @param keyName the key flgen creates in it; empty for the workspace vault
 */
public record KeyVaultPlan(
    String name,
    String purpose,
    Scope scope,
    String region,
    boolean rbacAuthorization,
    boolean purgeProtection,
    int softDeleteDays,
    boolean publicNetworkAccess,
    String origin,
    String keyName) {}
