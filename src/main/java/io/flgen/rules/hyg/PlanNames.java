package io.flgen.rules.hyg;

import io.flgen.azure.NameKind;
import io.flgen.plan.AksPlan;
import io.flgen.plan.ComputePlan;
import io.flgen.plan.DatastorePlan;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.KeyVaultPlan;
import io.flgen.plan.PeeringPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.PrivateEndpointPlan;
import io.flgen.plan.Scope;
import io.flgen.plan.SiloPlan;
import io.flgen.plan.StoragePlan;
import io.flgen.plan.SubnetPlan;
import io.flgen.plan.VnetPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The names a plan gives to resources, for the hygiene rules. */
final class PlanNames {
  private PlanNames() {}

  /**
   * One resource name.
   *
   * @param label what is named, for messages ({@code storage account name})
   * @param kind its Azure naming rule, or null when FLG-HYG-001 does not check it
   * @param namespace names in the same namespace must differ (case-insensitive): the kind for
   *     globally unique names and computes (one workspace), the kind and resource group otherwise
   * @param origin the topology path it traces back to
   */
  record Named(String label, NameKind kind, String namespace, String name, String origin) {}

  /**
   * Every named resource: the ones FLG-HYG-001 checks (with a kind) first, in plan order, then
   * subnets, NSGs, peerings, datastores and resource groups (kind null).
   */
  static List<Named> of(Plan plan) {
    List<Named> out = new ArrayList<>();
    checked(plan, out);
    networkParts(plan, out);
    // a reviewed folder may hold no workspace or registry: those appear with an empty name
    out.removeIf(n -> n.name() == null || n.name().isBlank());
    for (DatastorePlan d : plan.datastores()) {
      out.add(new Named("datastore name", null, "datastore", d.name(), d.owner().path()));
    }
    resourceGroups(plan, out);
    return out;
  }

  /** The names FLG-HYG-001 checks against their Azure naming rule, in plan order. */
  private static void checked(Plan plan, List<Named> out) {
    var ws = plan.workspace();
    out.add(
        new Named("workspace name", NameKind.AML_WORKSPACE, "workspace", ws.name(), ws.origin()));
    for (StoragePlan s : plan.storages()) {
      out.add(global("storage account name", NameKind.STORAGE_ACCOUNT, s.name(), s.origin()));
    }
    for (KeyVaultPlan k : plan.keyVaults()) {
      out.add(global("key vault name", NameKind.KEY_VAULT, k.name(), k.origin()));
    }
    var r = plan.registry();
    out.add(global("container registry name", NameKind.CONTAINER_REGISTRY, r.name(), r.origin()));
    for (IdentityPlan i : plan.identities()) {
      out.add(
          scoped(
              "identity name", NameKind.USER_ASSIGNED_IDENTITY, i.scope(), i.name(), i.origin()));
    }
    for (VnetPlan v : plan.vnets()) {
      out.add(scoped("VNet name", NameKind.VIRTUAL_NETWORK, v.scope(), v.name(), v.origin()));
    }
    computes(plan, out);
    // an endpoint is deployed in the resource group of its VNet
    for (PrivateEndpointPlan e : plan.privateEndpoints()) {
      out.add(
          scoped(
              "private endpoint name",
              NameKind.PRIVATE_ENDPOINT,
              e.vnet().scope(),
              e.name(),
              e.owner().path()));
    }
    for (AksPlan a : plan.aksClusters()) {
      out.add(scoped("AKS cluster name", NameKind.AKS_CLUSTER, a.scope(), a.name(), a.origin()));
    }
  }

  /**
   * Computes: every compute lives in the one workspace, so cluster and attached compute names share
   * a namespace; an external silo's compute is an attached one.
   */
  private static void computes(Plan plan, List<Named> out) {
    Set<String> external = new HashSet<>();
    for (SiloPlan s : plan.silos()) {
      if (s.kind() == SiloPlan.SiloKind.EXTERNAL) {
        external.add(s.name());
      }
    }
    for (ComputePlan c : plan.computes()) {
      boolean attached = c.owner().silo() && external.contains(c.owner().key());
      NameKind kind = attached ? NameKind.AML_ATTACHED_COMPUTE : NameKind.AML_COMPUTE_CLUSTER;
      out.add(new Named("compute name", kind, "compute", c.name(), c.origin()));
    }
  }

  /** Subnets ({@code vnet/subnet}), their NSGs and the peerings: names no rule checks. */
  private static void networkParts(Plan plan, List<Named> out) {
    for (VnetPlan v : plan.vnets()) {
      for (SubnetPlan s : v.subnets()) {
        out.add(new Named("subnet name", null, "subnet", v.name() + "/" + s.name(), v.origin()));
        if (s.nsg() != null && !s.nsg().isBlank()) {
          out.add(new Named("NSG name", null, "nsg", s.nsg(), v.origin()));
        }
      }
    }
    for (PeeringPlan p : plan.peerings()) {
      out.add(new Named("peering name", null, "peering", p.name(), p.local().origin()));
    }
  }

  /**
   * Resource groups, traced to the first identity's owner in the group, else the first storage
   * account's (indexed once, not scanned per group), else the orchestrator's.
   */
  private static void resourceGroups(Plan plan, List<Named> out) {
    Map<Scope, String> owners = new HashMap<>();
    for (IdentityPlan i : plan.identities()) {
      owners.putIfAbsent(i.scope(), i.owner().path());
    }
    for (StoragePlan s : plan.storages()) {
      owners.putIfAbsent(s.scope(), s.owner().path());
    }
    for (Scope g : plan.resourceGroups()) {
      String owner = owners.get(g);
      String origin = owner == null ? "orchestrator.resourceGroup" : owner + ".resourceGroup";
      out.add(new Named("resource group name", null, "resource group", g.resourceGroup(), origin));
    }
  }

  /**
   * The origin of the resource a plan name refers to (storage, identity, workspace, ...), if any.
   */
  static Optional<String> originOf(Plan plan, String name) {
    return of(plan).stream()
        .filter(n -> n.kind() != null && n.name().equals(name))
        .map(Named::origin)
        .findFirst();
  }

  /** A name unique across Azure (storage, Key Vault, registry): one namespace per kind. */
  private static Named global(String label, NameKind kind, String name, String origin) {
    return new Named(label, kind, label, name, origin);
  }

  /** A name unique within its resource group: one namespace per kind and resource group. */
  private static Named scoped(
      String label, NameKind kind, Scope scope, String name, String origin) {
    String ns =
        label
            + " in "
            + scope.tenant()
            + "/"
            + scope.subscriptionId()
            + "/"
            + scope.resourceGroup();
    return new Named(label, kind, ns, name, origin);
  }
}
