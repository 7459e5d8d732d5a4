package io.flgen.plan;

/** The confidentiality Key Vault of the orchestrator. */
public record KeyVaultPlan(
    String name,
    Scope scope,
    String region,
    boolean rbacAuthorization,
    boolean purgeProtection,
    int softDeleteDays,
    boolean publicNetworkAccess,
    String origin) {}
