package io.flgen.render;

import io.flgen.plan.RoleGrant;
import io.flgen.plan.StoragePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The view pieces every bundle's main.bicep is made of: module calls, their parameters and outputs.
 * Shared by the orchestrator bundle ({@link BicepView}) and the partner tenants' bundles ({@link
 * TenantBundles}), which must call the same modules the same way.
 */
final class ModuleCalls {
  private ModuleCalls() {}

  /** One {@code module} call of main.bicep.ftl. */
  static Map<String, Object> call(
      String sym,
      String file,
      String deployment,
      String scope,
      Map<String, String> params,
      List<String> deps,
      String comment) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("symbol", sym);
    m.put("file", file);
    m.put("path", Bicep.string("modules/" + file + ".bicep"));
    m.put("deployment", Bicep.string(deployment));
    m.put("scope", scope);
    List<Map<String, String>> ps = new ArrayList<>();
    params.forEach((k, v) -> ps.add(Map.of("name", k, "value", v)));
    m.put("params", ps);
    m.put("dependsOn", List.copyOf(deps));
    m.put("comment", comment);
    return m;
  }

  /**
   * The module files a main.bicep view calls, sorted: a bundle ships exactly these, so a reviewer
   * reads no module that is never deployed.
   */
  @SuppressWarnings("unchecked")
  static java.util.SortedSet<String> files(Map<String, Object> mainView) {
    java.util.SortedSet<String> files = new java.util.TreeSet<>();
    for (Map<String, Object> m : (List<Map<String, Object>>) mainView.get("modules")) {
      files.add((String) m.get("file"));
    }
    return files;
  }

  /** Parameters from alternating names and Bicep expressions, in order. */
  static Map<String, String> params(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  static Map<String, Object> output(String name, String type, String value, String description) {
    return Map.of(
        "name", name, "type", type, "value", value, "description", Bicep.string(description));
  }

  /** The module a data grant deploys: on the account, or on one container. */
  static String grantModule(RoleGrant g) {
    return g.container().isEmpty() ? "storage-role-assignment" : "container-role-assignment";
  }

  /**
   * The parameters of {@link #grantModule}, the same in every bundle.
   *
   * @param principalId the Bicep expression of the principal's object id
   */
  static Map<String, String> grantParams(RoleGrant g, String principalId) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("storageAccountName", Bicep.string(g.target()));
    if (!g.container().isEmpty()) {
      m.put("containerName", Bicep.string(g.container()));
    }
    m.put("principalId", principalId);
    m.put("principalType", Bicep.string(g.principalType()));
    m.put("roleDefinitionGuid", Bicep.string(g.roleId()));
    m.put("grantDescription", Bicep.string(g.roleName() + ": " + g.reason()));
    return m;
  }

  /** The storage module's parameters: every setting comes from the plan. */
  static Map<String, String> storage(StoragePlan s) {
    List<String> containers = s.containers().stream().map(Bicep::string).toList();
    return params(
        "name",
        Bicep.string(s.name()),
        "location",
        Bicep.string(s.region()),
        "tags",
        "tags",
        "skuName",
        Bicep.string(s.sku()),
        "publicNetworkAccess",
        Bicep.string(s.exposure().publicNetworkAccess() ? "Enabled" : "Disabled"),
        "defaultAction",
        Bicep.string(s.exposure().defaultActionDeny() ? "Deny" : "Allow"),
        "softDeleteDays",
        Integer.toString(s.softDeleteDays()),
        "containers",
        Bicep.array(containers, "    "),
        "minimumTlsVersion",
        Bicep.string(s.settings().minimumTlsVersion()),
        "allowSharedKeyAccess",
        Boolean.toString(s.settings().allowSharedKeyAccess()),
        "allowBlobPublicAccess",
        Boolean.toString(s.settings().allowBlobPublicAccess()),
        "allowCrossTenantReplication",
        Boolean.toString(s.settings().allowCrossTenantReplication()),
        "supportsHttpsTrafficOnly",
        Boolean.toString(s.settings().httpsOnly()),
        "defaultToOAuthAuthentication",
        Boolean.toString(s.settings().defaultToOAuthAuthentication()),
        "containerPublicAccess",
        Bicep.string(s.settings().containerPublicAccess()));
  }
}
