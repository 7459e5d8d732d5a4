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
  private final Set<String> keptIds = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
  private final JsonNode after;
  private final JsonNode tBefore;
  private final JsonNode tAfter;
  private final Plan plan;
  private final List<String> out = new ArrayList<>();

  private InPlaceLimits(JsonNode before, JsonNode after, Plan plan) {
    before.path("resources").forEach(r -> keptIds.add(r.path("id").asString("")));
    this.after = after;
    this.tBefore = before.path("topologySource");
    this.tAfter = after.path("topologySource");
    this.plan = plan;
  }

  /**
   * The replacements a property change forces.
   *
   * @param before the previous render's manifest
   * @param after the manifest a render now writes
   * @param plan the plan of the topology now (names and origins of its resources)
   */
  public static List<String> of(JsonNode before, JsonNode after, Plan plan) {
    return new InPlaceLimits(before, after, plan).replacements();
  }

  private List<String> replacements() {
    storages();
    vaults();
    computes();
    clusters();
    vnets();
    return List.copyOf(out);
  }

  /** A storage account whose performance tier changes. */
  private void storages() {
    for (StoragePlan s : plan.storages()) {
      if (s.existing() || !keptId(s.name())) {
        continue;
      }
      // a silo's new account is under storage.new, the orchestrator's directly under storage
      String field = s.owner().silo() ? "new.sku" : "sku";
      String a = storageSku(tBefore, s, field);
      String b = storageSku(tAfter, s, field);
      if (a != null && b != null && !tier(a).equals(tier(b))) {
        replace(
            "Microsoft.Storage/storageAccounts",
            s.name(),
            s.owner(),
            "sku",
            a + " -> " + b,
            "the performance tier, Standard or Premium, is set at creation only");
      }
    }
  }

  /** The confidentiality vault's soft-delete retention. */
  private void vaults() {
    Party orch = new Party("orchestrator", false, "orchestrator");
    for (KeyVaultPlan k : plan.keyVaults()) {
      if (k.origin().equals("orchestrator.keyVault") && keptId(k.name())) {
        replace(
            "Microsoft.KeyVault/vaults",
            k.name(),
            orch,
            "softDeleteDays",
            change(orch, k.origin(), "softDeleteDays", "90"),
            "a vault's soft-delete retention is set at creation only");
      }
    }
  }

  /** A compute cluster's VM size. */
  private void computes() {
    for (ComputePlan c : plan.computes()) {
      String a = computeVmSize(tBefore, c);
      String b = computeVmSize(tAfter, c);
      String keptName = keptCompute(c.name());
      if (a != null && b != null && !a.equals(b) && keptName != null) {
        replace(
            "Microsoft.MachineLearningServices/workspaces/computes",
            keptName,
            c.owner(),
            "vmSize",
            a + " -> " + b,
            "a compute cluster's VM size is set at creation only");
      }
    }
  }

  /**
   * A kept VNet whose address space changes. flgen derives its subnets' ranges from the address
   * space, and Azure changes a subnet's range only while nothing is deployed in it (Learn: "Add,
   * change, or delete a virtual network subnet"); flgen's subnets hold the compute nodes and the
   * private endpoints, so they must be deleted and created again.
   */
  private void vnets() {
    for (VnetPlan v : plan.vnets()) {
      if (!keptId(v.name())) {
        continue;
      }
      String a = value(tBefore, v.owner(), v.origin(), "addressSpace", null);
      if (a != null && !a.equals(v.addressSpace())) {
        replace(
            "Microsoft.Network/virtualNetworks",
            v.name(),
            v.owner(),
            "addressSpace",
            a + " -> " + v.addressSpace(),
            "its subnets' ranges follow it, and a subnet's range changes only while nothing"
                + " is deployed in it: the compute nodes and private endpoints go first");
      }
    }
  }

  /** An AKS cluster's private API server and its node pools' VM sizes. */
  private void clusters() {
    for (AksPlan c : plan.aksClusters()) {
      String privA = value(tBefore, c.owner(), c.origin(), "privateCluster", "true");
      String privB = value(tAfter, c.owner(), c.origin(), "privateCluster", "true");
      if (privA == null || privB == null) {
        continue; // the cluster is new: nothing to replace
      }
      String type = "Microsoft.ContainerService/managedClusters";
      replace(
          type,
          c.name(),
          c.owner(),
          "privateCluster",
          privA.equals(privB) ? null : privA + " -> " + privB,
          "a cluster's API server is made private or public at creation only");
      String why = "a node pool's VM size is set at creation only";
      String system = change(c.owner(), c.origin(), "nodeVmSize", "Standard_D4ds_v5");
      String confidential = change(c.owner(), c.origin(), "confidentialNodePool.vmSize", null);
      replace(type + "/agentPools", c.name() + "/system", c.owner(), "vmSize", system, why);
      replace(
          type + "/agentPools", c.name() + "/confidential", c.owner(), "vmSize", confidential, why);
    }
  }

  /**
   * {@code "a -> b"} when the {@code field} under {@code origin} has a value in both topologies and
   * they differ, else null.
   */
  private String change(Party owner, String origin, String field, String dflt) {
    String a = value(tBefore, owner, origin, field, dflt);
    String b = value(tAfter, owner, origin, field, dflt);
    return a != null && b != null && !a.equals(b) ? a + " -> " + b : null;
  }

  /**
   * One line of the result, unless {@code change} is null: the resource, the setting, its change
   * and why that forces a replacement.
   */
  private void replace(
      String type, String name, Party owner, String setting, String change, String why) {
    if (change != null) {
      out.add(
          type
              + " "
              + name
              + " ("
              + owner.key()
              + "): "
              + setting
              + " "
              + change
              + " ("
              + why
              + ")");
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
  private String keptCompute(String name) {
    for (JsonNode r : after.path("resources")) {
      if (r.path("type")
              .asString("")
              .equals("Microsoft.MachineLearningServices/workspaces/computes")
          && r.path("name").asString("").endsWith("/" + name)
          && keptIds.contains(r.path("id").asString(""))) {
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
  private boolean keptId(String name) {
    for (JsonNode r : after.path("resources")) {
      if (r.path("name").asString("").equals(name) && keptIds.contains(r.path("id").asString(""))) {
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
}
