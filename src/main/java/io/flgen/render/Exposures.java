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
  private static final String COMPUTE = "Microsoft.MachineLearningServices/workspaces/computes";
  private static final String AKS = "Microsoft.ContainerService/managedClusters";

  private Exposures() {}

  public static List<Exposure> of(Plan plan) {
    List<Exposure> out = new ArrayList<>();
    for (StoragePlan s : plan.storages()) {
      if (s.exposure().publicNetworkAccess()) {
        String how =
            s.exposure().defaultActionDeny()
                ? "public endpoint, network ACL default Deny"
                : "public endpoint, Entra ID and RBAC only";
        out.add(Exposure.of("Microsoft.Storage/storageAccounts", s.name(), s.owner().key(), how));
      }
    }
    services(plan, out);
    for (ComputePlan c : plan.computes()) {
      List<String> how = new ArrayList<>();
      if (c.nodePublicIp()) {
        how.add("nodes with public IPs");
      }
      if (c.sshPublicAccess()) {
        how.add("SSH open");
      }
      if (!how.isEmpty()) {
        out.add(Exposure.of(COMPUTE, c.name(), c.owner().key(), String.join(", ", how)));
      }
    }
    for (AksPlan a : plan.aksClusters()) {
      if (!a.privateCluster()) {
        String how =
            a.authorizedIpRanges().isEmpty()
                ? "public API server open to every address"
                : "public API server limited to " + String.join(", ", a.authorizedIpRanges());
        out.add(Exposure.of(AKS, a.name(), a.owner().key(), how));
      }
    }
    return out;
  }

  /** The orchestrator's workspace, registry and vaults. */
  private static void services(Plan plan, List<Exposure> out) {
    var ws = plan.workspace();
    var reg = plan.registry();
    String registryHow =
        "public registry endpoint" + (reg.adminUserEnabled() ? ", admin user on" : "");
    service(
        out,
        ws.publicNetworkAccess(),
        "Microsoft.MachineLearningServices/workspaces",
        ws.name(),
        "public workspace API, Entra ID and RBAC only");
    service(
        out,
        reg.publicNetworkAccess(),
        "Microsoft.ContainerRegistry/registries",
        reg.name(),
        registryHow);
    for (KeyVaultPlan k : plan.keyVaults()) {
      service(
          out,
          k.publicNetworkAccess(),
          "Microsoft.KeyVault/vaults",
          k.name(),
          "public vault endpoint");
    }
  }

  /** An orchestrator service, when its public network access is on. */
  private static void service(
      List<Exposure> out, boolean exposed, String type, String name, String how) {
    if (exposed) {
      out.add(Exposure.of(type, name, ORCHESTRATOR, how));
    }
  }
}
