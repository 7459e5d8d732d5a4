package io.flgen.render;

import io.flgen.plan.AksPlan;
import io.flgen.plan.ComputePlan;
import io.flgen.plan.KeyVaultPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.StoragePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * What a plan exposes to the internet: every endpoint with public network access, every compute
 * node with a public IP, every public AKS API server. Written to the manifest and the review.
 */
public final class Exposures {
  /**
   * One exposed resource: how it is reachable, its name, owner and ARM type. The components are in
   * alphabetical order because the manifest writes them in component order, and sorted, as it
   * writes maps.
   */
  public record Exposure(String exposure, String name, String owner, String type) {
    static Exposure of(String type, String name, String owner, String exposure) {
      return new Exposure(exposure, name, owner, type);
    }
  }

  private static final String ORCHESTRATOR = "orchestrator";

  private Exposures() {}

  public static List<Exposure> of(Plan plan) {
    List<Exposure> out = new ArrayList<>();
    for (StoragePlan s : plan.storages()) {
      if (s.exposure().publicNetworkAccess()) {
        out.add(
            Exposure.of(
                "Microsoft.Storage/storageAccounts",
                s.name(),
                s.owner().key(),
                s.exposure().defaultActionDeny()
                    ? "public endpoint, network ACL default Deny"
                    : "public endpoint, Entra ID and RBAC only"));
      }
    }
    services(plan, out);
    for (ComputePlan c : plan.computes()) {
      if (c.nodePublicIp() || c.sshPublicAccess()) {
        List<String> how = new ArrayList<>();
        if (c.nodePublicIp()) {
          how.add("nodes with public IPs");
        }
        if (c.sshPublicAccess()) {
          how.add("SSH open");
        }
        out.add(
            Exposure.of(
                "Microsoft.MachineLearningServices/workspaces/computes",
                c.name(),
                c.owner().key(),
                String.join(", ", how)));
      }
    }
    for (AksPlan a : plan.aksClusters()) {
      if (!a.privateCluster()) {
        out.add(
            Exposure.of(
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

  /** The orchestrator's workspace, registry and vaults. */
  private static void services(Plan plan, List<Exposure> out) {
    if (plan.workspace().publicNetworkAccess()) {
      out.add(
          Exposure.of(
              "Microsoft.MachineLearningServices/workspaces",
              plan.workspace().name(),
              ORCHESTRATOR,
              "public workspace API, Entra ID and RBAC only"));
    }
    if (plan.registry().publicNetworkAccess()) {
      out.add(
          Exposure.of(
              "Microsoft.ContainerRegistry/registries",
              plan.registry().name(),
              ORCHESTRATOR,
              "public registry endpoint"
                  + (plan.registry().adminUserEnabled() ? ", admin user on" : "")));
    }
    for (KeyVaultPlan k : plan.keyVaults()) {
      if (k.publicNetworkAccess()) {
        out.add(
            Exposure.of(
                "Microsoft.KeyVault/vaults", k.name(), ORCHESTRATOR, "public vault endpoint"));
      }
    }
  }
}
