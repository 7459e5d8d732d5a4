package io.flgen.render;

import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.RoleGrant;
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
              s.scope().subscriptionId(),
              s.scope().resourceGroup(),
              s.owner().key(),
              s.existing()));
    }
    for (IdentityPlan i : plan.identities()) {
      resources.add(
          resource(
              "Microsoft.ManagedIdentity/userAssignedIdentities",
              i.name(),
              i.scope().subscriptionId(),
              i.scope().resourceGroup(),
              i.owner().key(),
              false));
    }
    var ws = plan.workspace();
    resources.add(
        resource(
            "Microsoft.MachineLearningServices/workspaces",
            ws.name(),
            ws.scope().subscriptionId(),
            ws.scope().resourceGroup(),
            "orchestrator",
            false));
    resources.add(
        resource(
            "Microsoft.ContainerRegistry/registries",
            plan.registry().name(),
            plan.registry().scope().subscriptionId(),
            plan.registry().scope().resourceGroup(),
            "orchestrator",
            false));
    plan.keyVaults()
        .forEach(
            k ->
                resources.add(
                    resource(
                        "Microsoft.KeyVault/vaults",
                        k.name(),
                        k.scope().subscriptionId(),
                        k.scope().resourceGroup(),
                        "orchestrator",
                        false)));
    plan.computes()
        .forEach(
            c ->
                resources.add(
                    resource(
                        "Microsoft.MachineLearningServices/workspaces/computes",
                        ws.name() + "/" + c.name(),
                        ws.scope().subscriptionId(),
                        ws.scope().resourceGroup(),
                        c.owner().key(),
                        false)));
    plan.vnets()
        .forEach(
            v ->
                resources.add(
                    resource(
                        "Microsoft.Network/virtualNetworks",
                        v.name(),
                        v.scope().subscriptionId(),
                        v.scope().resourceGroup(),
                        v.owner().key(),
                        false)));
    plan.privateEndpoints()
        .forEach(
            e ->
                resources.add(
                    resource(
                        "Microsoft.Network/privateEndpoints",
                        e.name(),
                        e.vnet().scope().subscriptionId(),
                        e.vnet().scope().resourceGroup(),
                        e.owner().key(),
                        false)));
    plan.dnsZones()
        .forEach(
            z ->
                resources.add(
                    resource(
                        "Microsoft.Network/privateDnsZones",
                        z.zone(),
                        z.scope().subscriptionId(),
                        z.scope().resourceGroup(),
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
    List<Map<String, Object>> matrix = new ArrayList<>();
    for (RoleGrant g : plan.grants()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("principal", g.principal());
      m.put("principalOwner", g.principalOwner().key());
      m.put("role", g.roleName());
      m.put("roleDefinitionId", g.roleId());
      m.put("target", g.targetPath());
      m.put("targetOwner", byName.get(g.target()).owner().key());
      m.put("access", g.access());
      if (g.person()) {
        m.put("principalType", g.principalType());
        m.put("principalObjectId", g.principalObjectId());
      }
      matrix.add(m);
    }
    root.put("accessMatrix", matrix);
    List<Map<String, Object>> service = new ArrayList<>();
    for (RoleGrant g : plan.serviceGrants()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("principal", g.principal());
      m.put("principalOwner", g.principalOwner().key());
      m.put("principalType", g.principalType());
      m.put("role", g.roleName());
      m.put("roleDefinitionId", g.roleId());
      m.put("targetKind", g.targetKind());
      m.put("target", g.target());
      m.put("access", g.access());
      service.add(m);
    }
    root.put("serviceAccess", service);
    root.put(
        "readiness",
        io.flgen.readiness.ReadinessTable.json(io.flgen.readiness.Readiness.analyse(plan)));
    root.put("exposure", Exposures.of(plan));
    // the data version each asset pins: bumping one is a change flgen plan shows
    List<Map<String, Object>> assets = new ArrayList<>();
    for (var a : plan.pipeline().assets()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", a.name());
      m.put("version", a.version());
      m.put("owner", a.owner().key());
      m.put("datastore", a.datastore());
      m.put("path", a.path());
      assets.add(m);
    }
    root.put("dataAssets", assets);
    root.put("topologySource", topologySource);
    Map<String, String> hashes = new LinkedHashMap<>();
    files.asMap().forEach((path, content) -> hashes.put(path, GeneratedFiles.sha256(content)));
    root.put("files", hashes);
    return Renderer.JSON.writeValueAsString(root) + "\n";
  }

  private static Map<String, Object> resource(
      String type, String name, String sub, String rg, String owner, boolean existing) {
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
                + sub
                + "/resourceGroups/"
                + rg
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
