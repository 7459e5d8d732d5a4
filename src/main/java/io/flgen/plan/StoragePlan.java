package io.flgen.plan;

import java.util.List;

/**
 * A storage account in the plan.
 *
 * @param role {@code silo} (a silo's data), {@code exchange} (the orchestrator's model-update and
 *     global-model account) or {@code workspace} (the workspace's own artifacts)
 * @param existing true when flgen references an existing account and writes none of its settings
 * @param sku the replication SKU name
 * @param containers containers flgen creates (sorted)
 */
public record StoragePlan(
    String name,
    Party owner,
    String role,
    Scope scope,
    String region,
    boolean existing,
    String sku,
    boolean geoReplicated,
    Exposure exposure,
    int softDeleteDays,
    List<String> containers,
    String origin) {

  // Hardened settings, the same for every account flgen creates; rules read them from here.
  public String minimumTlsVersion() {
    return "TLS1_2";
  }

  public boolean allowSharedKeyAccess() {
    return false;
  }

  public boolean allowBlobPublicAccess() {
    return false;
  }

  public boolean allowCrossTenantReplication() {
    return false;
  }
}
