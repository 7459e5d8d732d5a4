package io.flgen.plan;

import io.flgen.terms.YamlEnum;

/**
 * A Key Vault: the workspace's own, or the orchestrator's confidentiality vault.
 *
 * @param purpose the workspace's vault or the confidentiality vault
 * @param keyName the key flgen creates in it; empty for the workspace vault
 */
public record KeyVaultPlan(
    String name,
    Purpose purpose,
    Scope scope,
    String region,
    boolean rbacAuthorization,
    boolean purgeProtection,
    int softDeleteDays,
    boolean publicNetworkAccess,
    String origin,
    String keyName) {

  /** Whose vault it is; printed as {@code workspace} or {@code confidentiality}. */
  public enum Purpose implements YamlEnum {
    /** The workspace's own vault. */
    WORKSPACE,
    /** The orchestrator's vault of the key that encrypts model updates. */
    CONFIDENTIALITY;

    @Override
    public String toString() {
      return yamlName();
    }
  }
}
