package io.flgen.azure;

/**
 * The private-link sub-resources flgen puts private endpoints on, with the private endpoint {@code
 * groupId} and the recommended private DNS zone per cloud, read once from {@code
 * azure/private-link.properties} with their source. The AKS API server zone is region-scoped and
 * lives in {@link PrivateDnsZones#aksApiServer(AzureCloud, String)}.
 */
public enum PrivateLinkService {
  BLOB,
  FILE,
  DFS,
  QUEUE,
  TABLE,
  VAULT,
  REGISTRY,
  AML_API,
  AML_NOTEBOOKS;

  private static final EnumTable<PrivateLinkService> ROWS =
      EnumTable.read(
          "azure/private-link.properties", values(), "groupId", "public", "usgov", "china");

  /** The private endpoint {@code groupIds} entry (both AML zones share {@code amlworkspace}). */
  public String groupId() {
    return ROWS.get(this, "groupId");
  }

  /** The recommended private DNS zone name in {@code cloud}. */
  public String zone(AzureCloud cloud) {
    return ROWS.get(this, cloud.yamlName());
  }
}
