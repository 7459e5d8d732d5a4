package io.flgen.model;

/**
 * The optional confidentiality Key Vault of the orchestrator (keys for encrypting model updates).
 *
 * @param softDeleteDays soft-delete retention, 7 to 90 days
 */
public record KeyVault(int softDeleteDays) {}
