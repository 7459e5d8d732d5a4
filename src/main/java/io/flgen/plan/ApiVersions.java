package io.flgen.plan;

import java.util.Map;
import java.util.TreeMap;

/**
 * The one table of pinned API versions. Each is a stable version present in the Azure type
 * catalogue (test ApiVersionsTest checks that), chosen as the newest stable one there.
 */
public final class ApiVersions {
  private ApiVersions() {}

  public static final Map<String, String> ALL;

  static {
    Map<String, String> m = new TreeMap<>();
    m.put("Microsoft.Authorization/roleAssignments", "2022-04-01");
    m.put("Microsoft.Compute/virtualMachines", "2026-04-01");
    m.put("Microsoft.ContainerRegistry/registries", "2025-11-01");
    m.put("Microsoft.ContainerService/managedClusters", "2026-05-01");
    m.put("Microsoft.KeyVault/vaults", "2026-02-01");
    m.put("Microsoft.KeyVault/vaults/keys", "2026-02-01");
    m.put("Microsoft.Kubernetes/connectedClusters", "2026-05-01");
    m.put("Microsoft.KubernetesConfiguration/extensions", "2025-03-01");
    m.put("Microsoft.MachineLearningServices/workspaces", "2025-06-01");
    m.put("Microsoft.MachineLearningServices/workspaces/computes", "2025-06-01");
    m.put("Microsoft.ManagedIdentity/userAssignedIdentities", "2024-11-30");
    m.put("Microsoft.Network/bastionHosts", "2025-09-01");
    m.put("Microsoft.Network/natGateways", "2025-09-01");
    m.put("Microsoft.Network/networkInterfaces", "2025-09-01");
    m.put("Microsoft.Network/networkSecurityGroups", "2025-09-01");
    m.put("Microsoft.Network/privateDnsZones", "2024-06-01");
    m.put("Microsoft.Network/privateDnsZones/virtualNetworkLinks", "2024-06-01");
    m.put("Microsoft.Network/privateEndpoints", "2025-09-01");
    m.put("Microsoft.Network/privateEndpoints/privateDnsZoneGroups", "2025-09-01");
    m.put("Microsoft.Network/publicIPAddresses", "2025-09-01");
    m.put("Microsoft.Network/virtualNetworks", "2025-09-01");
    m.put("Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "2025-09-01");
    m.put("Microsoft.Resources/resourceGroups", "2025-04-01");
    m.put("Microsoft.Storage/storageAccounts", "2025-06-01");
    m.put("Microsoft.Storage/storageAccounts/blobServices", "2025-06-01");
    m.put("Microsoft.Storage/storageAccounts/blobServices/containers", "2025-06-01");
    ALL = java.util.Collections.unmodifiableMap(m);
  }

  public static String of(String type) {
    String v = ALL.get(type);
    if (v == null) {
      throw new IllegalArgumentException("no pinned API version for " + type);
    }
    return v;
  }
}
