package io.flgen.rules.hyg;

import io.flgen.azure.NameKind;
import io.flgen.plan.ComputePlan;
import io.flgen.plan.Plan;
import io.flgen.plan.Scope;
import io.flgen.plan.SubnetPlan;
import io.flgen.plan.VnetPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    var ws = plan.workspace();
    out.add(
        new Named("workspace name", NameKind.AML_WORKSPACE, "workspace", ws.name(), ws.origin()));
    plan.storages()
        .forEach(
            s ->
                out.add(
                    named("storage account name", NameKind.STORAGE_ACCOUNT, s.name(), s.origin())));
    plan.keyVaults()
        .forEach(k -> out.add(named("key vault name", NameKind.KEY_VAULT, k.name(), k.origin())));
    var r = plan.registry();
    out.add(named("container registry name", NameKind.CONTAINER_REGISTRY, r.name(), r.origin()));
    plan.identities()
        .forEach(
            i ->
                out.add(
                    scoped(
                        "identity name",
                        NameKind.USER_ASSIGNED_IDENTITY,
                        i.scope(),
                        i.name(),
                        i.origin())));
    plan.vnets()
        .forEach(
            v ->
                out.add(
                    scoped(
                        "VNet name", NameKind.VIRTUAL_NETWORK, v.scope(), v.name(), v.origin())));
    // every compute lives in the one workspace, so cluster and attached compute names share a
    // namespace
    java.util.Set<String> external = new java.util.HashSet<>();
    plan.silos().stream()
        .filter(s -> s.kind() == io.flgen.plan.SiloPlan.SiloKind.EXTERNAL)
        .forEach(s -> external.add(s.name()));
    plan.computes()
        .forEach(
            c ->
                out.add(
                    new Named(
                        "compute name",
                        computeKind(external, c),
                        "compute",
                        c.name(),
                        c.origin())));
    // an endpoint is deployed in the resource group of its VNet
    plan.privateEndpoints()
        .forEach(
            e ->
                out.add(
                    scoped(
                        "private endpoint name",
                        NameKind.PRIVATE_ENDPOINT,
                        e.vnet().scope(),
                        e.name(),
                        e.owner().path())));
    plan.aksClusters()
        .forEach(
            a ->
                out.add(
                    scoped(
                        "AKS cluster name",
                        NameKind.AKS_CLUSTER,
                        a.scope(),
                        a.name(),
                        a.origin())));

    for (VnetPlan v : plan.vnets()) {
      for (SubnetPlan s : v.subnets()) {
        out.add(new Named("subnet name", null, "subnet", v.name() + "/" + s.name(), v.origin()));
        if (s.nsg() != null && !s.nsg().isBlank()) {
          out.add(new Named("NSG name", null, "nsg", s.nsg(), v.origin()));
        }
      }
    }
    plan.peerings()
        .forEach(
            p -> out.add(new Named("peering name", null, "peering", p.name(), p.local().origin())));
    // a reviewed folder may hold no workspace or registry: those appear with an empty name
    out.removeIf(n -> n.name() == null || n.name().isBlank());
    plan.datastores()
        .forEach(
            d ->
                out.add(
                    new Named("datastore name", null, "datastore", d.name(), d.owner().path())));
    // the first identity's owner in a group, else the first storage account's: indexed once, not
    // scanned per group
    java.util.Map<Scope, String> owners = new java.util.HashMap<>();
    plan.identities().forEach(i -> owners.putIfAbsent(i.scope(), i.owner().path()));
    plan.storages().forEach(s -> owners.putIfAbsent(s.scope(), s.owner().path()));
    for (Scope g : plan.resourceGroups()) {
      String origin =
          Optional.ofNullable(owners.get(g))
              .map(p -> p + ".resourceGroup")
              .orElse("orchestrator.resourceGroup");
      out.add(new Named("resource group name", null, "resource group", g.resourceGroup(), origin));
    }
    return out;
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
  private static Named named(String label, NameKind kind, String name, String origin) {
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

  private static NameKind computeKind(java.util.Set<String> externalSilos, ComputePlan c) {
    boolean attached = c.owner().silo() && externalSilos.contains(c.owner().key());
    return attached ? NameKind.AML_ATTACHED_COMPUTE : NameKind.AML_COMPUTE_CLUSTER;
  }
}
