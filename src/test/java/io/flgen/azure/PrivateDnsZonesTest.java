package io.flgen.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrivateDnsZonesTest {

  @Test
  void vaultZonePerCloud() {
    assertEquals(
        "privatelink.vaultcore.azure.net", PrivateLinkService.VAULT.zone(AzureCloud.PUBLIC));
    assertEquals(
        "privatelink.vaultcore.usgovcloudapi.net",
        PrivateLinkService.VAULT.zone(AzureCloud.US_GOV));
    assertEquals("privatelink.vaultcore.azure.cn", PrivateLinkService.VAULT.zone(AzureCloud.CHINA));
  }

  @Test
  void neverTheVaultHostZone() {
    for (AzureCloud c : AzureCloud.values()) {
      assertFalse(PrivateLinkService.VAULT.zone(c).startsWith("privatelink.vault."), c.name());
    }
  }

  @Test
  void storage() {
    assertEquals(
        "privatelink.blob.core.chinacloudapi.cn", PrivateLinkService.BLOB.zone(AzureCloud.CHINA));
    assertEquals(
        "privatelink.blob.core.windows.net", PrivateLinkService.BLOB.zone(AzureCloud.PUBLIC));
    assertEquals(
        "privatelink.dfs.core.usgovcloudapi.net", PrivateLinkService.DFS.zone(AzureCloud.US_GOV));
    assertEquals(
        "privatelink.file.core.windows.net", PrivateLinkService.FILE.zone(AzureCloud.PUBLIC));
    assertEquals(
        "privatelink.queue.core.chinacloudapi.cn", PrivateLinkService.QUEUE.zone(AzureCloud.CHINA));
    assertEquals(
        "privatelink.table.core.usgovcloudapi.net",
        PrivateLinkService.TABLE.zone(AzureCloud.US_GOV));
  }

  @Test
  void registryAndAml() {
    assertEquals("privatelink.azurecr.io", PrivateLinkService.REGISTRY.zone(AzureCloud.PUBLIC));
    assertEquals("privatelink.azurecr.us", PrivateLinkService.REGISTRY.zone(AzureCloud.US_GOV));
    assertEquals("privatelink.azurecr.cn", PrivateLinkService.REGISTRY.zone(AzureCloud.CHINA));
    assertEquals("privatelink.api.azureml.ms", PrivateLinkService.AML_API.zone(AzureCloud.PUBLIC));
    assertEquals(
        "privatelink.notebooks.azure.net",
        PrivateLinkService.AML_NOTEBOOKS.zone(AzureCloud.PUBLIC));
    assertEquals("privatelink.api.ml.azure.us", PrivateLinkService.AML_API.zone(AzureCloud.US_GOV));
    assertEquals(
        "privatelink.notebooks.usgovcloudapi.net",
        PrivateLinkService.AML_NOTEBOOKS.zone(AzureCloud.US_GOV));
    assertEquals("privatelink.api.ml.azure.cn", PrivateLinkService.AML_API.zone(AzureCloud.CHINA));
    assertEquals(
        "privatelink.notebooks.chinacloudapi.cn",
        PrivateLinkService.AML_NOTEBOOKS.zone(AzureCloud.CHINA));
  }

  @Test
  void groupIds() {
    assertEquals("blob", PrivateLinkService.BLOB.groupId());
    assertEquals("file", PrivateLinkService.FILE.groupId());
    assertEquals("dfs", PrivateLinkService.DFS.groupId());
    assertEquals("queue", PrivateLinkService.QUEUE.groupId());
    assertEquals("table", PrivateLinkService.TABLE.groupId());
    assertEquals("vault", PrivateLinkService.VAULT.groupId());
    assertEquals("registry", PrivateLinkService.REGISTRY.groupId());
    assertEquals("amlworkspace", PrivateLinkService.AML_API.groupId());
    assertEquals("amlworkspace", PrivateLinkService.AML_NOTEBOOKS.groupId());
  }

  @Test
  void zonesAreDistinctPerCloudAndStartWithPrivatelink() {
    for (AzureCloud c : AzureCloud.values()) {
      assertEquals(
          PrivateLinkService.values().length,
          PrivateDnsZones.zones(c, List.of(PrivateLinkService.values())).size(),
          c.name());
      for (PrivateLinkService s : PrivateLinkService.values()) {
        assertTrue(s.zone(c).startsWith("privatelink."), s + " " + c);
        assertEquals(s.zone(c), PrivateDnsZones.zone(s, c));
      }
    }
  }

  @Test
  void aksApiServer() {
    assertEquals(
        "privatelink.westeurope.azmk8s.io",
        PrivateDnsZones.aksApiServer(AzureCloud.PUBLIC, "westeurope"));
    assertEquals(
        "privatelink.chinaeast2.cx.prod.service.azk8s.cn",
        PrivateDnsZones.aksApiServer(AzureCloud.CHINA, "chinaeast2"));
    assertEquals(
        "privatelink.usgovvirginia.cx.aks.containerservice.azure.us",
        PrivateDnsZones.aksApiServer(AzureCloud.US_GOV, "usgovvirginia"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PrivateDnsZones.aksApiServer(AzureCloud.PUBLIC, "West Europe"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PrivateDnsZones.aksApiServer(AzureCloud.PUBLIC, null));
  }
}
