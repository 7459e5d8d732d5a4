package io.flgen.render;

import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.Scope;
import io.flgen.plan.StoragePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code flgen-manifest.json}: every resource name and id expression, every principal, the access
 * matrix, and a SHA-256 of each other file, so a review can detect edits after generation.
 */
final class Manifest {
  private Manifest() {}

  static String build(
      Plan plan,
      GeneratedFiles files,
      String generator,
      tools.jackson.databind.JsonNode topologySource) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("generator", generator);
    root.put("topology", plan.context().name());
    root.put("stage", plan.stage().yamlName());
    root.put("cloud", plan.cloud().yamlName());
    List<Map<String, Object>> resources = new ArrayList<>();
    for (StoragePlan s : plan.storages()) {
      resources.add(
          resource(
              "Microsoft.Storage/storageAccounts",
              s.name(),
              s.scope(),
              s.owner().key(),
              s.existing()));
    }
    for (IdentityPlan i : plan.identities()) {
      resources.add(
          resource(
              "Microsoft.ManagedIdentity/userAssignedIdentities",
              i.name(),
              i.scope(),
              i.owner().key(),
              false));
    }
    var ws = plan.workspace();
    resources.add(
        resource(
            "Microsoft.MachineLearningServices/workspaces",
            ws.name(),
            ws.scope(),
            "orchestrator",
            false));
    resources.add(
        resource(
            "Microsoft.ContainerRegistry/registries",
            plan.registry().name(),
            plan.registry().scope(),
            "orchestrator",
            false));
    plan.keyVaults()
        .forEach(
            k ->
                resources.add(
                    resource(
                        "Microsoft.KeyVault/vaults", k.name(), k.scope(), "orchestrator", false)));
    plan.computes()
        .forEach(
            c ->
                resources.add(
                    resource(
                        "Microsoft.MachineLearningServices/workspaces/computes",
                        ws.name() + "/" + c.name(),
                        ws.scope(),
                        c.owner().key(),
                        false)));
    plan.vnets()
        .forEach(
            v ->
                resources.add(
                    resource(
                        "Microsoft.Network/virtualNetworks",
                        v.name(),
                        v.scope(),
                        v.owner().key(),
                        false)));
    plan.privateEndpoints()
        .forEach(
            e ->
                resources.add(
                    resource(
                        "Microsoft.Network/privateEndpoints",
                        e.name(),
                        e.vnet().scope(),
                        e.owner().key(),
                        false)));
    plan.dnsZones()
        .forEach(
            z ->
                resources.add(
                    resource(
                        "Microsoft.Network/privateDnsZones",
                        z.zone(),
                        z.scope(),
                        "orchestrator",
                        !z.existingId().isEmpty())));
    resources.sort(
        (a, b) ->
            (a.get("type") + "/" + a.get("name")).compareTo(b.get("type") + "/" + b.get("name")));
    root.put("resources", resources);
    List<Map<String, Object>> principals = new ArrayList<>();
    for (IdentityPlan i : plan.identities()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("name", i.name());
      p.put("owner", i.owner().key());
      p.put(
          "principalIdExpression",
          "reference(resourceId('"
              + i.scope().subscriptionId()
              + "', '"
              + i.scope().resourceGroup()
              + "', 'Microsoft.ManagedIdentity/userAssignedIdentities', '"
              + i.name()
              + "'), '2024-11-30').principalId");
      principals.add(p);
    }
    root.put("principals", principals);
    Map<String, StoragePlan> byName = new java.util.HashMap<>();
    plan.storages().forEach(x -> byName.putIfAbsent(x.name(), x));
    root.put("accessMatrix", plan.grants().stream().map(g -> dataGrant(g, byName)).toList());
    root.put("serviceAccess", plan.serviceGrants().stream().map(Manifest::serviceGrant).toList());
    root.put(
        "readiness",
        io.flgen.readiness.ReadinessTable.json(io.flgen.readiness.Readiness.analyse(plan)));
    root.put("exposure", Exposures.of(plan));
    // the data version each asset pins: bumping one is a change flgen plan shows
    root.put(
        "dataAssets",
        plan.pipeline().assets().stream()
            .map(
                a ->
                    Fields.of()
                        .with("name", a.name())
                        .with("version", a.version())
                        .with("owner", a.owner().key())
                        .with("datastore", a.datastore())
                        .with("path", a.path()))
            .toList());
    root.put("topologySource", topologySource);
    Map<String, String> hashes = new LinkedHashMap<>();
    files.asMap().forEach((path, content) -> hashes.put(path, GeneratedFiles.sha256(content)));
    root.put("files", hashes);
    return Renderer.JSON.writeValueAsString(root) + "\n";
  }

  /** An entry of the access matrix: a data-plane grant on a storage account or container. */
  private static Fields dataGrant(RoleGrant g, Map<String, StoragePlan> storages) {
    return grant(g)
        .with("target", g.targetPath())
        .with("targetOwner", storages.get(g.target()).owner().key())
        .withIf(g.person(), "principalType", g.principalType())
        .withIf(g.person(), "principalObjectId", g.principalObjectId());
  }

  /** An entry of the service grants: a role on the registry, workspace, a cluster or a vault. */
  private static Fields serviceGrant(RoleGrant g) {
    return grant(g)
        .with("principalType", g.principalType())
        .with("targetKind", g.targetKind())
        .with("target", g.target());
  }

  /** What the entries of the access matrix and the service grants share (the JSON sorts keys). */
  private static Fields grant(RoleGrant g) {
    return Fields.of()
        .with("principal", g.principal())
        .with("principalOwner", g.principalOwner().key())
        .with("role", g.roleName())
        .with("roleDefinitionId", g.roleId())
        .with("access", g.access());
  }

  private static Map<String, Object> resource(
      String type, String name, Scope scope, String owner, boolean existing) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("name", name);
    m.put("owner", owner);
    m.put("existing", existing);
    String[] parts = name.split("/");
    String[] types = type.split("/");
    StringBuilder id =
        new StringBuilder(
            "/subscriptions/"
                + scope.subscriptionId()
                + "/resourceGroups/"
                + scope.resourceGroup()
                + "/providers/"
                + types[0]
                + "/"
                + types[1]
                + "/"
                + parts[0]);
    for (int i = 1; i < parts.length && i + 1 < types.length; i++) {
      id.append('/').append(types[i + 1]).append('/').append(parts[i]);
    }
    m.put("id", id.toString());
    return m;
  }
}
