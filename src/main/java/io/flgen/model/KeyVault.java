package io.flgen.model;

/**
 * The optional confidentiality Key Vault of the orchestrator (keys for encrypting model updates).
 *
 * @param softDeleteDays soft-delete retention, 7 to 90 days
 * @param keyName the RSA key flgen creates for encrypting model updates
 */
public record KeyVault(int softDeleteDays, String keyName) {}
