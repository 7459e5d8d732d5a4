package io.flgen.plan;

import java.util.List;

/**
 * A storage account in the plan.
 *
 * @param role what the account holds: a silo's data, the orchestrator's model exchange or the
 *     workspace's artifacts
 * @param existing true when flgen references an existing account and writes none of its settings
 * @param sku the replication SKU name
 * @param settings TLS, shared key, public blob access and replication settings
 * @param containers containers flgen creates (sorted)
 */
public record StoragePlan(
    String name,
    Party owner,
    StorageRole role,
    Scope scope,
    String region,
    boolean existing,
    String sku,
    boolean geoReplicated,
    Exposure exposure,
    StorageSettings settings,
    int softDeleteDays,
    List<String> containers,
    String origin) {
  public StoragePlan {
    containers = List.copyOf(containers);
  }
}
