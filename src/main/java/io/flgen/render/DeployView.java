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
      if (s.existing()) {
        existing.add(Map.of("account", s.name(), "subscription", s.scope().subscriptionId(), "resourceGroup", s.scope().resourceGroup()));
      }
    }
    v.put("existingStorage", existing);
    v.put("grants", plan.grants().size());
    v.put("privateEndpoints", plan.privateEndpoints().size());
    return v;
  }
}
