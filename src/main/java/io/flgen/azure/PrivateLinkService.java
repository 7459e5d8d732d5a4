package io.flgen.azure;

/**
 * The private-link sub-resources flgen puts private endpoints on, with the recommended private DNS
 * zone per cloud and the private endpoint {@code groupId} (the "subresource" column).
 *
 * <p>Source: "Azure Private Endpoint private DNS zone values",
 * https://learn.microsoft.com/azure/private-link/private-endpoint-dns (Commercial, Government and
 * China tables; MicrosoftDocs/azure-docs articles/private-link/private-endpoint-dns.md). China ACR
 * zone additionally from the 21Vianet edition of the same page,
 * https://docs.azure.cn/en-us/private-link/private-endpoint-dns .
 *
 * <p>Note: Key Vault is {@code privatelink.vaultcore.*}, never {@code privatelink.vault.*}. ACR
 * with data endpoints also needs records for {@code <region>.data.<registry zone host>}, which
 * Azure writes into the same zone. The AKS API server zone is region-scoped and lives in {@link
 * PrivateDnsZones#aksApiServer(AzureCloud, String)}.
 */
public enum PrivateLinkService {
  //            groupId         PUBLIC                                US_GOV
  //             CHINA
  BLOB(
      "blob",
      "privatelink.blob.core.windows.net",
      "privatelink.blob.core.usgovcloudapi.net",
      "privatelink.blob.core.chinacloudapi.cn"),
  FILE(
      "file",
      "privatelink.file.core.windows.net",
      "privatelink.file.core.usgovcloudapi.net",
      "privatelink.file.core.chinacloudapi.cn"),
  DFS(
      "dfs",
      "privatelink.dfs.core.windows.net",
      "privatelink.dfs.core.usgovcloudapi.net",
      "privatelink.dfs.core.chinacloudapi.cn"),
  QUEUE(
      "queue",
      "privatelink.queue.core.windows.net",
      "privatelink.queue.core.usgovcloudapi.net",
      "privatelink.queue.core.chinacloudapi.cn"),
  TABLE(
      "table",
      "privatelink.table.core.windows.net",
      "privatelink.table.core.usgovcloudapi.net",
      "privatelink.table.core.chinacloudapi.cn"),
  VAULT(
      "vault",
      "privatelink.vaultcore.azure.net",
      "privatelink.vaultcore.usgovcloudapi.net",
      "privatelink.vaultcore.azure.cn"),
  REGISTRY(
      "registry", "privatelink.azurecr.io", "privatelink.azurecr.us", "privatelink.azurecr.cn"),
  AML_API(
      "amlworkspace",
      "privatelink.api.azureml.ms",
      "privatelink.api.ml.azure.us",
      "privatelink.api.ml.azure.cn"),
  AML_NOTEBOOKS(
      "amlworkspace",
      "privatelink.notebooks.azure.net",
      "privatelink.notebooks.usgovcloudapi.net",
      "privatelink.notebooks.chinacloudapi.cn");

  private final String groupId;
  private final String publicZone;
  private final String usGovZone;
  private final String chinaZone;

  PrivateLinkService(String groupId, String publicZone, String usGovZone, String chinaZone) {
    this.groupId = groupId;
    this.publicZone = publicZone;
    this.usGovZone = usGovZone;
    this.chinaZone = chinaZone;
  }

  /** The private endpoint {@code groupIds} entry (both AML zones share {@code amlworkspace}). */
  public String groupId() {
    return groupId;
  }

  /** The recommended private DNS zone name in {@code cloud}. */
  public String zone(AzureCloud cloud) {
    switch (cloud) {
      case PUBLIC:
        return publicZone;
      case US_GOV:
        return usGovZone;
      case CHINA:
        return chinaZone;
      default:
        throw new IllegalArgumentException("unknown cloud: " + cloud);
    }
  }
}
