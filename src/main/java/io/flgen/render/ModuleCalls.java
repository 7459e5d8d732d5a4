package io.flgen.render;

import io.flgen.plan.RoleGrant;
import io.flgen.plan.StoragePlan;
import io.flgen.render.MainView.Arg;
import io.flgen.render.MainView.Call;
import io.flgen.render.MainView.Obj;
import io.flgen.render.MainView.Output;
import java.util.ArrayList;
import java.util.List;

/**
 * The pieces every bundle's main.bicep is made of: module calls, their parameters and outputs.
 * Shared by the orchestrator bundle ({@link BicepView}) and the partner tenants' bundles ({@link
 * TenantBundles}), which must call the same modules the same way.
 */
final class ModuleCalls {
  private ModuleCalls() {}

  /** One {@code module} call of main.bicep.ftl, always deployed. */
  static Call call(
      String sym,
      String file,
      String deployment,
      String scope,
      List<Arg> params,
      List<String> deps,
      String comment) {
    return new Call(
        sym, file, Bicep.string(deployment), scope, null, params, List.copyOf(deps), comment);
  }

  /** Arguments from alternating names and values (expressions, arrays or objects), in order. */
  static List<Arg> args(Object... kv) {
    List<Arg> m = new ArrayList<>(kv.length / 2 + 3);
    for (int i = 0; i < kv.length; i += 2) {
      m.add(new Arg((String) kv[i], kv[i + 1]));
    }
    return m;
  }

  /**
   * The arguments of a module that creates a named resource: {@code name}, {@code location} and
   * {@code tags}, then {@code more}.
   */
  static List<Arg> located(String name, String region, Object... more) {
    List<Arg> m = new ArrayList<>(more.length / 2 + 3);
    m.add(new Arg("name", Bicep.string(name)));
    m.add(new Arg("location", Bicep.string(region)));
    m.add(new Arg("tags", "tags"));
    m.addAll(args(more));
    return m;
  }

  /** A Bicep object from alternating property names and values. */
  static Obj object(Object... kv) {
    return new Obj(args(kv));
  }

  /** A Bicep array of string literals. */
  static List<String> strings(List<String> items) {
    return items.stream().map(Bicep::string).toList();
  }

  static Output output(String name, String type, String value, String description) {
    return new Output(name, type, value, Bicep.string(description));
  }

  /** {@code 'Enabled'} or {@code 'Disabled'}. */
  static String enabled(boolean on) {
    return Bicep.string(on ? "Enabled" : "Disabled");
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
  static List<Arg> grantParams(RoleGrant g, String principalId) {
    List<Arg> m = args("storageAccountName", Bicep.string(g.target()));
    if (!g.container().isEmpty()) {
      m.add(new Arg("containerName", Bicep.string(g.container())));
    }
    m.addAll(principal(g, principalId));
    return m;
  }

  /** The principal, role and description of a role assignment module. */
  static List<Arg> principal(RoleGrant g, String principalId) {
    return args(
        "principalId",
        principalId,
        "principalType",
        Bicep.string(g.principalType()),
        "roleDefinitionGuid",
        Bicep.string(g.roleId()),
        "grantDescription",
        Bicep.string(g.roleName() + ": " + g.reason()));
  }

  /** The storage module's parameters: every setting comes from the plan. */
  static List<Arg> storage(StoragePlan s) {
    var set = s.settings();
    return located(
        s.name(),
        s.region(),
        "skuName",
        Bicep.string(s.sku()),
        "publicNetworkAccess",
        enabled(s.exposure().publicNetworkAccess()),
        "defaultAction",
        Bicep.string(s.exposure().defaultActionDeny() ? "Deny" : "Allow"),
        "softDeleteDays",
        Integer.toString(s.softDeleteDays()),
        "containers",
        strings(s.containers()),
        "minimumTlsVersion",
        Bicep.string(set.minimumTlsVersion()),
        "allowSharedKeyAccess",
        Boolean.toString(set.allowSharedKeyAccess()),
        "allowBlobPublicAccess",
        Boolean.toString(set.allowBlobPublicAccess()),
        "allowCrossTenantReplication",
        Boolean.toString(set.allowCrossTenantReplication()),
        "supportsHttpsTrafficOnly",
        Boolean.toString(set.httpsOnly()),
        "defaultToOAuthAuthentication",
        Boolean.toString(set.defaultToOAuthAuthentication()),
        "containerPublicAccess",
        Bicep.string(set.containerPublicAccess()));
  }
}
