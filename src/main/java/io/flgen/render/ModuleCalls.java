package io.flgen.render;

import io.flgen.plan.RoleGrant;
import io.flgen.plan.Scope;
import io.flgen.plan.StoragePlan;
import io.flgen.render.MainView.Call;
import io.flgen.render.MainView.Output;
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
      Args params,
      List<String> deps,
      String comment) {
    return new Call(
        sym,
        file,
        Bicep.string(deployment),
        scope,
        null,
        params.list(),
        List.copyOf(deps),
        comment);
  }

  /** The module of a resource group, the {@code index}th of its bundle, at subscription scope. */
  static Call resourceGroup(String sym, int index, Scope sc, String region) {
    return call(
        sym,
        "resource-group",
        "rg-" + index,
        "subscription(" + Bicep.string(sc.subscriptionId()) + ")",
        Args.located(sc.resourceGroup(), region),
        List.of(),
        "Resource group " + sc.resourceGroup());
  }

  static Output output(String name, String type, String value, String description) {
    return new Output(name, type, value, Bicep.string(description));
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
  static Args grantParams(RoleGrant g, String principalId) {
    Args a = Args.of().text("storageAccountName", g.target());
    if (!g.container().isEmpty()) {
      a.text("containerName", g.container());
    }
    return a.with(principal(g, principalId));
  }

  /** The principal, role and description of a role assignment module. */
  static Args principal(RoleGrant g, String principalId) {
    return Args.of()
        .expr("principalId", principalId)
        .text("principalType", g.principalType())
        .text("roleDefinitionGuid", g.roleId())
        .text("grantDescription", g.roleName() + ": " + g.reason());
  }

  /** The storage module's parameters: every setting comes from the plan. */
  static Args storage(StoragePlan s) {
    var set = s.settings();
    return Args.located(s.name(), s.region())
        .text("skuName", s.sku())
        .enabled("publicNetworkAccess", s.exposure().publicNetworkAccess())
        .text("defaultAction", s.exposure().defaultActionDeny() ? "Deny" : "Allow")
        .number("softDeleteDays", s.softDeleteDays())
        .texts("containers", s.containers())
        .text("minimumTlsVersion", set.minimumTlsVersion())
        .flag("allowSharedKeyAccess", set.allowSharedKeyAccess())
        .flag("allowBlobPublicAccess", set.allowBlobPublicAccess())
        .flag("allowCrossTenantReplication", set.allowCrossTenantReplication())
        .flag("supportsHttpsTrafficOnly", set.httpsOnly())
        .flag("defaultToOAuthAuthentication", set.defaultToOAuthAuthentication())
        .text("containerPublicAccess", set.containerPublicAccess());
  }
}
