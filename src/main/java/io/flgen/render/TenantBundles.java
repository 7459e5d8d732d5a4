package io.flgen.render;

import io.flgen.plan.FederationPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.PrivateEndpointPlan;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.Scope;
import io.flgen.plan.StoragePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One bundle per partner tenant under {@code infra/tenants/<tenant-id>/}, deployed by that tenant's
 * admin: its resource groups, silo storage and the role assignment of the federated app's service
 * principal; plus the private-endpoint approval script. The orchestrator side's trust artefacts
 * (app registration and federated credential) go to {@code infra/tenants/home/}. A bundle never
 * holds an assignment scoped in another tenant.
 */
final class TenantBundles {
  private TenantBundles() {}

  static void write(Plan plan, GeneratedFiles out, Map<String, Object> apiView) {
    for (String tenant : plan.tenants()) {
      if (tenant.equals(Scope.HOME)) {
        continue;
      }
      String dir = "infra/tenants/" + tenant + "/";
      Map<String, Object> main = bundle(plan, tenant);
      out.put(dir + "main.bicep", TemplateRenderer.render("bicep/main.bicep.ftl", main));
      Renderer.writeModules(out, dir, main, apiView);
      out.put(dir + "main.parameters.json", Renderer.parameters(plan));
      out.put(
          dir + "approve-private-endpoints.sh",
          TemplateRenderer.render(
              "deploy/approve-private-endpoints.sh.ftl", approvals(plan, tenant)));
    }
    for (FederationPlan f : plan.federations()) {
      out.put(
          "infra/tenants/home/trust-" + f.owner().key() + ".sh",
          TemplateRenderer.render("deploy/trust.sh.ftl", trust(plan, f)));
    }
  }

  private static Map<String, Object> bundle(Plan plan, String tenant) {
    List<Map<String, Object>> modules = new ArrayList<>();
    List<Map<String, Object>> outputs = new ArrayList<>();
    List<Map<String, Object>> extra = new ArrayList<>();
    Map<Scope, String> rgs = new LinkedHashMap<>();
    Map<String, String> storageSyms = new LinkedHashMap<>();
    for (StoragePlan s : plan.storages()) {
      if (!s.scope().tenant().equals(tenant) || s.existing()) {
        continue;
      }
      String rg =
          rgs.computeIfAbsent(
              s.scope(),
              sc -> {
                String sym = Bicep.symbol("rg", sc.resourceGroup());
                modules.add(
                    module(
                        sym,
                        "resource-group",
                        "rg-" + rgs.size(),
                        "subscription(" + Bicep.string(sc.subscriptionId()) + ")",
                        params(
                            "name",
                            Bicep.string(sc.resourceGroup()),
                            "location",
                            Bicep.string(s.region()),
                            "tags",
                            "tags"),
                        List.of(),
                        "Resource group " + sc.resourceGroup()));
                return sym;
              });
      String sym = Bicep.symbol("storage", s.owner().key());
      storageSyms.put(s.name(), sym);
      modules.add(
          module(
              sym,
              "storage",
              "storage-" + s.name(),
              Bicep.resourceGroup(s.scope().subscriptionId(), s.scope().resourceGroup()),
              ModuleCalls.storage(s),
              List.of(rg),
              "Silo storage of " + s.owner().key() + " (in its own tenant)"));
      outputs.add(
          output(
              sym + "Id",
              sym + ".outputs.id",
              "Resource id of " + s.name() + ", for the orchestrator's private endpoint."));
    }
    int gi = 0;
    for (RoleGrant g : plan.grants()) {
      if (!g.scope().tenant().equals(tenant)) {
        continue;
      }
      gi++;
      String param =
          g.person()
              ? Bicep.string(g.principalObjectId())
              : Bicep.symbol(g.principal(), "objectId");
      if (!g.person() && extra.stream().noneMatch(p -> p.get("name").equals(param))) {
        extra.add(
            Map.of(
                "name",
                param,
                "type",
                "string",
                "description",
                Bicep.string(
                    "Object id of the service principal of app "
                        + g.principal()
                        + " in this tenant (az ad sp create --id <appId>; see DEPLOY.md).")));
      }
      StoragePlan st = plan.storage(g.target());
      List<String> deps =
          storageSyms.containsKey(st.name()) ? List.of(storageSyms.get(st.name())) : List.of();
      modules.add(
          module(
              "grant" + gi,
              ModuleCalls.grantModule(g),
              "grant-" + gi,
              Bicep.resourceGroup(st.scope().subscriptionId(), st.scope().resourceGroup()),
              ModuleCalls.grantParams(g, param),
              deps,
              g.principal() + " -> " + g.roleName() + " on " + g.targetPath()));
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("topologyName", plan.context().name());
    view.put(
        "headline", "Bundle of partner tenant " + tenant + ", deployed by that tenant's admin.");
    view.put("extraParams", extra);
    view.put("modules", modules);
    view.put("outputs", outputs);
    return view;
  }

  private static Map<String, Object> approvals(Plan plan, String tenant) {
    List<Map<String, String>> items = new ArrayList<>();
    for (PrivateEndpointPlan e : plan.privateEndpoints()) {
      if (e.manualApproval() && e.targetScope().tenant().equals(tenant)) {
        items.add(
            Map.of(
                "endpoint",
                e.name(),
                "storage",
                e.target(),
                "resourceGroup",
                e.targetScope().resourceGroup(),
                "subscription",
                e.targetScope().subscriptionId(),
                "endpointId",
                "/subscriptions/"
                    + e.vnet().scope().subscriptionId()
                    + "/resourceGroups/"
                    + e.vnet().scope().resourceGroup()
                    + "/providers/Microsoft.Network/privateEndpoints/"
                    + e.name()));
      }
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("tenant", tenant);
    v.put("items", items);
    return v;
  }

  private static Map<String, Object> trust(Plan plan, FederationPlan f) {
    var id =
        plan.identities().stream()
            .filter(i -> i.name().equals(f.managedIdentity()))
            .findFirst()
            .orElseThrow();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("silo", f.owner().key());
    v.put("app", f.appName());
    v.put("homeTenant", f.homeTenant());
    v.put("partnerTenant", f.partnerTenant());
    v.put("identity", f.managedIdentity());
    v.put("identityResourceGroup", id.scope().resourceGroup());
    v.put("identitySubscription", id.scope().subscriptionId());
    v.put("storage", f.storage());
    v.put("loginHost", plan.cloud().loginHost());
    v.put("audience", plan.cloud().tokenExchangeAudience());
    return v;
  }

  private static Map<String, Object> module(
      String sym,
      String file,
      String deployment,
      String scope,
      Map<String, String> params,
      List<String> deps,
      String comment) {
    return ModuleCalls.call(sym, file, deployment, scope, params, deps, comment);
  }

  private static Map<String, Object> output(String name, String value, String description) {
    return ModuleCalls.output(name, "string", value, description);
  }

  private static Map<String, String> params(String... kv) {
    return ModuleCalls.params(kv);
  }
}
