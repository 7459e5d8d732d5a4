package io.flgen.render;

import io.flgen.plan.AksPlan;
import io.flgen.plan.ComputePlan;
import io.flgen.plan.KeyVaultPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.StoragePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plan exposes to the internet: every endpoint with public network access, every compute
 * node with a public IP, every public AKS API server. Written to the manifest and the review.
 */
public final class Exposures {
  private Exposures() {}

  public static List<Map<String, Object>> of(Plan plan) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (StoragePlan s : plan.storages()) {
      if (s.exposure().publicNetworkAccess()) {
        out.add(
            entry(
                "Microsoft.Storage/storageAccounts",
                s.name(),
                s.owner().key(),
                s.exposure().defaultActionDeny()
                    ? "public endpoint, network ACL default Deny"
                    : "public endpoint, Entra ID and RBAC only"));
      }
    }
    if (plan.workspace().publicNetworkAccess()) {
      out.add(
          entry(
              "Microsoft.MachineLearningServices/workspaces",
              plan.workspace().name(),
              "orchestrator",
              "public workspace API, Entra ID and RBAC only"));
    }
    if (plan.registry().publicNetworkAccess()) {
      out.add(
          entry(
              "Microsoft.ContainerRegistry/registries",
              plan.registry().name(),
              "orchestrator",
              "public registry endpoint"
                  + (plan.registry().adminUserEnabled() ? ", admin user on" : "")));
    }
    for (KeyVaultPlan k : plan.keyVaults()) {
      if (k.publicNetworkAccess()) {
        out.add(
            entry("Microsoft.KeyVault/vaults", k.name(), "orchestrator", "public vault endpoint"));
      }
    }
    for (ComputePlan c : plan.computes()) {
      if (c.nodePublicIp() || c.sshPublicAccess()) {
        out.add(
            entry(
                "Microsoft.MachineLearningServices/workspaces/computes",
                c.name(),
                c.owner().key(),
                (c.nodePublicIp() ? "nodes with public IPs" : "")
                    + (c.nodePublicIp() && c.sshPublicAccess() ? ", " : "")
                    + (c.sshPublicAccess() ? "SSH open" : "")));
      }
    }
    for (AksPlan a : plan.aksClusters()) {
      if (!a.privateCluster()) {
        out.add(
            entry(
                "Microsoft.ContainerService/managedClusters",
                a.name(),
                a.owner().key(),
                a.authorizedIpRanges().isEmpty()
                    ? "public API server open to every address"
                    : "public API server limited to " + String.join(", ", a.authorizedIpRanges())));
      }
    }
    return out;
  }

  private static Map<String, Object> entry(String type, String name, String owner, String how) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("name", name);
    m.put("owner", owner);
    m.put("exposure", how);
    return m;
  }
}
