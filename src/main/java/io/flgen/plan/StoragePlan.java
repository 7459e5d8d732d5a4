package io.flgen.plan;

import java.util.List;

/**
 * A storage account in the plan.
 *
 * @param role {@code silo} (a silo's data), {@code exchange} (the orchestrator's model-update and
 *     global-model account) or {@code workspace} (the workspace's own artifacts)
 * @param existing true when flgen references an existing account and writes none of its settings
 * @param sku the replication SKU name
 * @param settings TLS, shared key, public blob access and replication settings
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
    StorageSettings settings,
    int softDeleteDays,
    List<String> containers,
    String origin) {
  public StoragePlan {
    containers = List.copyOf(containers);
  }
}
