package io.flgen.render;

import io.flgen.plan.Plan;
import io.flgen.plan.StoragePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** View of DEPLOY.md: the exact az commands, in order. */
final class DeployView {
  private DeployView() {}

  static Map<String, Object> build(Plan plan, GeneratedFiles files) {
    var t = plan.topology();
    var ws = plan.workspace();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("topology", t.metadata().name());
    v.put("stage", t.metadata().stage().yamlName());
    v.put("cloud", t.metadata().cloud().cliName());
    v.put("subscription", plan.home().subscriptionId());
    v.put("region", ws.region());
    v.put("deployment", plan.names().deployment("main"));
    v.put("workspace", ws.name());
    v.put("resourceGroup", ws.scope().resourceGroup());
    List<String> datastores = new ArrayList<>();
    files.asMap().keySet().stream().filter(p -> p.startsWith("aml/datastores/")).forEach(datastores::add);
    v.put("datastores", datastores);
    v.put("baseline", files.asMap().containsKey("aml/baseline.yaml"));
    List<String> subs = plan.resourceGroups().stream().map(s -> s.subscriptionId()).distinct().sorted().toList();
    v.put("subscriptions", subs);
    List<Map<String, String>> existing = new ArrayList<>();
    for (StoragePlan s : plan.storages()) {
      // a partner tenant's existing account is its admin's business, never the orchestrator deployer's
      if (s.existing() && s.scope().isHome()) {
        existing.add(Map.of("account", s.name(), "subscription", s.scope().subscriptionId(), "resourceGroup", s.scope().resourceGroup()));
      }
    }
    v.put("existingStorage", existing);
    v.put("grants", plan.grants().stream().filter(g -> g.scope().isHome()).count());
    List<Map<String, Object>> partners = new ArrayList<>();
    for (String tenant : plan.tenants()) {
      if (tenant.equals(io.flgen.plan.Scope.HOME)) {
        continue;
      }
      Map<String, Object> pt = new LinkedHashMap<>();
      pt.put("tenant", tenant);
      List<Map<String, String>> apps = new ArrayList<>();
      for (var f : plan.federations()) {
        if (f.partnerTenant().equals(tenant)) {
          apps.add(Map.of("silo", f.owner().key(), "app", f.appName(),
              "param", io.flgen.render.Bicep.symbol(f.appName(), "objectId"), "storage", f.storage()));
        }
      }
      pt.put("apps", apps);
      String sub = plan.storages().stream().filter(x -> x.scope().tenant().equals(tenant)).map(x -> x.scope().subscriptionId())
          .findFirst().orElse("");
      pt.put("subscription", sub);
      pt.put("region", plan.storages().stream().filter(x -> x.scope().tenant().equals(tenant)).map(x -> x.region())
          .findFirst().orElse(ws.region()));
      pt.put("approvals", plan.privateEndpoints().stream().anyMatch(e -> e.manualApproval() && e.targetScope().tenant().equals(tenant)));
      partners.add(pt);
    }
    v.put("partners", partners);
    List<Map<String, String>> clusters = new ArrayList<>();
    for (var k : plan.kubernetes()) {
      clusters.add(Map.of("silo", k.owner().key(), "kind", k.kind(), "cluster", k.clusterName(),
          "resourceGroup", k.clusterScope().resourceGroup(), "subscription", k.clusterScope().subscriptionId(),
          "networkPolicyFile", k.networkPolicy() ? KubernetesWriter.NETWORK_POLICY_FILE : ""));
    }
    v.put("clusters", clusters);
    v.put("homeTenant", t.orchestrator().tenantId().orElse(io.flgen.plan.Planner.HOME_TENANT_PLACEHOLDER));
    v.put("privateEndpoints", plan.privateEndpoints().size());
    return v;
  }
}
