package io.flgen.render;

import io.flgen.plan.AksPlan;
import io.flgen.plan.ComputePlan;
import io.flgen.plan.KeyVaultPlan;
import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import io.flgen.plan.StoragePlan;
import io.flgen.plan.VnetPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Settings of a kept resource that Azure cannot change in place (docs/azure-constraints.md, "Set at
 * creation only"): a change to one makes a re-deployment fail or delete and create the resource
 * again, so {@code flgen plan} marks the resource replace. Each is read from the topology a
 * previous render recorded in its manifest ({@code topologySource}) and the topology now, found
 * through the resource's origin in the new plan; a silo is matched by name, not by position.
 */
public final class InPlaceLimits {
  private InPlaceLimits() {}

  /**
   * The replacements a property change forces.
   *
   * @param before the previous render's manifest
   * @param after the manifest a render now writes
   * @param plan the plan of the topology now (names and origins of its resources)
   */
  public static List<String> of(JsonNode before, JsonNode after, Plan plan) {
    Set<String> keptIds = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    before.path("resources").forEach(r -> keptIds.add(r.path("id").asString("")));
    JsonNode tBefore = before.path("topologySource");
    JsonNode tAfter = after.path("topologySource");
    List<String> out = new ArrayList<>();
    storages(out, keptIds, after, tBefore, tAfter, plan);
    vaults(out, keptIds, after, tBefore, tAfter, plan);
    computes(out, keptIds, after, tBefore, tAfter, plan);
    clusters(out, tBefore, tAfter, plan);
    vnets(out, keptIds, after, tBefore, plan);
    return List.copyOf(out);
  }

  /** A storage account whose performance tier changes. */
  private static void storages(
      List<String> out,
      Set<String> keptIds,
      JsonNode after,
      JsonNode tBefore,
      JsonNode tAfter,
      Plan plan) {
    for (StoragePlan s : plan.storages()) {
      if (s.existing() || !keptId(keptIds, after, s.name())) {
        continue;
      }
      // a silo's new account is under storage.new, the orchestrator's directly under storage
      String field = s.owner().silo() ? "new.sku" : "sku";
      String a = storageSku(tBefore, s, field);
      String b = storageSku(tAfter, s, field);
      if (a != null && b != null && !tier(a).equals(tier(b))) {
        out.add(
            label("Microsoft.Storage/storageAccounts", s.name(), s.owner())
                + ": sku "
                + a
                + " -> "
                + b
                + " (the performance tier, Standard or Premium, is set at creation only)");
      }
    }
  }

  /** The confidentiality vault's soft-delete retention. */
  private static void vaults(
      List<String> out,
      Set<String> keptIds,
      JsonNode after,
      JsonNode tBefore,
      JsonNode tAfter,
      Plan plan) {
    for (KeyVaultPlan k : plan.keyVaults()) {
      if (!k.origin().equals("orchestrator.keyVault") || !keptId(keptIds, after, k.name())) {
        continue;
      }
      Party orch = new Party("orchestrator", false, "orchestrator");
      String a = value(tBefore, orch, k.origin(), "softDeleteDays", "90");
      String b = value(tAfter, orch, k.origin(), "softDeleteDays", "90");
      if (a != null && b != null && !a.equals(b)) {
        out.add(
            label("Microsoft.KeyVault/vaults", k.name(), orch)
                + ": softDeleteDays "
                + a
                + " -> "
                + b
                + " (a vault's soft-delete retention is set at creation only)");
      }
    }
  }

  /** A compute cluster's VM size. */
  private static void computes(
      List<String> out,
      Set<String> keptIds,
      JsonNode after,
      JsonNode tBefore,
      JsonNode tAfter,
      Plan plan) {
    for (ComputePlan c : plan.computes()) {
      String a = computeVmSize(tBefore, c);
      String b = computeVmSize(tAfter, c);
      String keptName = keptCompute(keptIds, after, c.name());
      if (a != null && b != null && !a.equals(b) && keptName != null) {
        out.add(
            label("Microsoft.MachineLearningServices/workspaces/computes", keptName, c.owner())
                + ": vmSize "
                + a
                + " -> "
                + b
                + " (a compute cluster's VM size is set at creation only)");
      }
    }
  }

  /**
   * A kept VNet whose address space changes. flgen derives its subnets' ranges from the address
   * space, and Azure changes a subnet's range only while nothing is deployed in it (Learn: "Add,
   * change, or delete a virtual network subnet"); flgen's subnets hold the compute nodes and the
   * private endpoints, so they must be deleted and created again.
   */
  private static void vnets(
      List<String> out, Set<String> keptIds, JsonNode after, JsonNode tBefore, Plan plan) {
    for (VnetPlan v : plan.vnets()) {
      if (!keptId(keptIds, after, v.name())) {
        continue;
      }
      String a = value(tBefore, v.owner(), v.origin(), "addressSpace", null);
      if (a != null && !a.equals(v.addressSpace())) {
        out.add(
            label("Microsoft.Network/virtualNetworks", v.name(), v.owner())
                + ": addressSpace "
                + a
                + " -> "
                + v.addressSpace()
                + " (its subnets' ranges follow it, and a subnet's range changes only while nothing"
                + " is deployed in it: the compute nodes and private endpoints go first)");
      }
    }
  }

  /** An AKS cluster's private API server and its node pools' VM sizes. */
  private static void clusters(List<String> out, JsonNode tBefore, JsonNode tAfter, Plan plan) {
    for (AksPlan c : plan.aksClusters()) {
      String type = "Microsoft.ContainerService/managedClusters";
      String privA = value(tBefore, c.owner(), c.origin(), "privateCluster", "true");
      String privB = value(tAfter, c.owner(), c.origin(), "privateCluster", "true");
      if (privA == null || privB == null) {
        continue; // the cluster is new: nothing to replace
      }
      if (!privA.equals(privB)) {
        out.add(
            label(type, c.name(), c.owner())
                + ": privateCluster "
                + privA
                + " -> "
                + privB
                + " (a cluster's API server is made private or public at creation only)");
      }
      pool(out, tBefore, tAfter, c, "system", "nodeVmSize", "Standard_D4ds_v5");
      pool(out, tBefore, tAfter, c, "confidential", "confidentialNodePool.vmSize", null);
    }
  }

  private static void pool(
      List<String> out,
      JsonNode tBefore,
      JsonNode tAfter,
      AksPlan c,
      String pool,
      String field,
      String dflt) {
    String a = value(tBefore, c.owner(), c.origin(), field, dflt);
    String b = value(tAfter, c.owner(), c.origin(), field, dflt);
    if (a != null && b != null && !a.equals(b)) {
      out.add(
          label(
                  "Microsoft.ContainerService/managedClusters/agentPools",
                  c.name() + "/" + pool,
                  c.owner())
              + ": vmSize "
              + a
              + " -> "
              + b
              + " (a node pool's VM size is set at creation only)");
    }
  }

  /** The vmSize the topology {@code t} gives the compute of that name and party, or null. */
  private static String computeVmSize(JsonNode t, ComputePlan c) {
    JsonNode party = party(t, c.owner());
    if (party == null) {
      return null;
    }
    for (JsonNode k : party.path("computes")) {
      if (k.path("name").asString("").equals(c.name()) && k.path("vmSize").isString()) {
        return k.path("vmSize").asString();
      }
    }
    return null;
  }

  /**
   * The manifest name ({@code workspace/compute}) of the workspace compute {@code name} when the
   * previous render also declared it, else null.
   */
  private static String keptCompute(Set<String> kept, JsonNode after, String name) {
    for (JsonNode r : after.path("resources")) {
      if (r.path("type")
              .asString("")
              .equals("Microsoft.MachineLearningServices/workspaces/computes")
          && r.path("name").asString("").endsWith("/" + name)
          && kept.contains(r.path("id").asString(""))) {
        return r.path("name").asString();
      }
    }
    return null;
  }

  /** The orchestrator's node, or the silo of that name (not position), in topology {@code t}. */
  private static JsonNode party(JsonNode t, Party party) {
    if (!party.silo()) {
      return t.path("orchestrator");
    }
    for (JsonNode s : t.path("silos")) {
      if (s.path("name").asString("").equals(party.key())) {
        return s;
      }
    }
    return null;
  }

  /** Whether the previous render also declared the resource {@code name} the new one declares. */
  private static boolean keptId(Set<String> kept, JsonNode after, String name) {
    for (JsonNode r : after.path("resources")) {
      if (r.path("name").asString("").equals(name) && kept.contains(r.path("id").asString(""))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A new account's SKU in topology {@code t}: the default when the party leaves its storage out
   * (flgen then creates a default account), null when the party is not there.
   */
  private static String storageSku(JsonNode t, StoragePlan s, String field) {
    String v = value(t, s.owner(), s.origin(), field, "Standard_LRS");
    return v != null || party(t, s.owner()) == null ? v : "Standard_LRS";
  }

  /**
   * The text of {@code field} (dotted) under the node {@code origin} names, for the party in
   * topology {@code t}: a silo found by name; {@code dflt} when the field is absent but its parent
   * is there, null when the parent is absent too (the party or the object did not exist).
   */
  private static String value(JsonNode t, Party party, String origin, String field, String dflt) {
    JsonNode node = party.silo() ? party(t, party) : t;
    if (node == null || (party.silo() && !origin.startsWith(party.path()))) {
      return null;
    }
    String rest = party.silo() ? origin.substring(party.path().length()) : origin;
    for (String step : rest.split("\\.")) {
      if (!step.isEmpty()) {
        node = node.path(step);
      }
    }
    if (!node.isObject()) {
      return null;
    }
    String[] steps = field.split("\\.");
    for (int i = 0; i < steps.length - 1; i++) {
      node = node.path(steps[i]);
      if (!node.isObject()) {
        return dflt;
      }
    }
    JsonNode v = node.path(steps[steps.length - 1]);
    return v.isMissingNode() || v.isNull() ? dflt : v.asString();
  }

  private static String tier(String sku) {
    int u = sku.indexOf('_');
    return u < 0 ? sku : sku.substring(0, u);
  }

  private static String label(String type, String name, Party owner) {
    return type + " " + name + " (" + owner.key() + ")";
  }
}
