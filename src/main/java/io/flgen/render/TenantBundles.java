package io.flgen.render;

import io.flgen.plan.FederationPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.PrivateEndpointPlan;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.Scope;
import io.flgen.plan.StoragePlan;
import io.flgen.render.MainView.Call;
import io.flgen.render.MainView.Output;
import io.flgen.render.MainView.Parameter;
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
  /** The view of {@code approve-private-endpoints.sh.ftl}: one tenant's endpoints to approve. */
  public record Approvals(String tenant, List<Approval> items) {}

  /** One endpoint to approve, on a storage account of the tenant. */
  public record Approval(
      String endpoint,
      String storage,
      String resourceGroup,
      String subscription,
      String endpointId) {}

  /** The view of {@code trust.sh.ftl}: the app and federated credential of one silo. */
  public record Trust(
      String silo,
      String app,
      String homeTenant,
      String partnerTenant,
      String identity,
      String identityResourceGroup,
      String identitySubscription,
      String storage,
      String loginHost,
      String audience) {}

  private final Plan plan;
  private final String tenant;
  private final List<Call> modules = new ArrayList<>();
  private final List<Output> outputs = new ArrayList<>();
  private final List<Parameter> extra = new ArrayList<>();
  private final Map<Scope, String> rgs = new LinkedHashMap<>();
  private final Map<String, String> storageSyms = new LinkedHashMap<>();

  private TenantBundles(Plan plan, String tenant) {
    this.plan = plan;
    this.tenant = tenant;
  }

  static void write(Plan plan, GeneratedFiles out, Map<String, Object> apiView) {
    for (String tenant : plan.tenants()) {
      if (tenant.equals(Scope.HOME)) {
        continue;
      }
      String dir = "infra/tenants/" + tenant + "/";
      MainView main = new TenantBundles(plan, tenant).bundle();
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

  private MainView bundle() {
    for (StoragePlan s : plan.storages()) {
      if (s.scope().tenant().equals(tenant) && !s.existing()) {
        storage(s);
      }
    }
    int gi = 0;
    for (RoleGrant g : plan.grants()) {
      if (g.scope().tenant().equals(tenant)) {
        grant(g, ++gi);
      }
    }
    return new MainView(
        plan.context().name(),
        "Bundle of partner tenant " + tenant + ", deployed by that tenant's admin.",
        extra,
        modules,
        outputs);
  }

  /** A silo's storage in its own tenant, after its resource group. */
  private void storage(StoragePlan s) {
    String rg = rgs.computeIfAbsent(s.scope(), sc -> resourceGroup(sc, s.region()));
    String sym = Bicep.symbol("storage", s.owner().key());
    storageSyms.put(s.name(), sym);
    modules.add(
        ModuleCalls.call(
            sym,
            "storage",
            "storage-" + s.name(),
            scope(s.scope()),
            ModuleCalls.storage(s),
            List.of(rg),
            "Silo storage of " + s.owner().key() + " (in its own tenant)"));
    outputs.add(
        ModuleCalls.output(
            sym + "Id",
            "string",
            sym + ".outputs.id",
            "Resource id of " + s.name() + ", for the orchestrator's private endpoint."));
  }

  /** The module of a resource group; its symbol. */
  private String resourceGroup(Scope sc, String region) {
    String sym = Bicep.symbol("rg", sc.resourceGroup());
    modules.add(ModuleCalls.resourceGroup(sym, rgs.size(), sc, region));
    return sym;
  }

  /**
   * A data grant of this tenant: a person's object id is literal, an app's service principal is a
   * deployment parameter (its object id exists only once the tenant consented).
   */
  private void grant(RoleGrant g, int gi) {
    String param =
        g.person() ? Bicep.string(g.principalObjectId()) : Bicep.symbol(g.principal(), "objectId");
    if (!g.person() && extra.stream().noneMatch(p -> p.name().equals(param))) {
      extra.add(
          new Parameter(
              param,
              "string",
              null,
              Bicep.string(
                  "Object id of the service principal of app "
                      + g.principal()
                      + " in this tenant (az ad sp create --id <appId>; see DEPLOY.md).")));
    }
    StoragePlan st = plan.storage(g.target());
    String storageSym = storageSyms.get(st.name());
    modules.add(
        ModuleCalls.call(
            "grant" + gi,
            ModuleCalls.grantModule(g),
            "grant-" + gi,
            scope(st.scope()),
            ModuleCalls.grantParams(g, param),
            storageSym == null ? List.of() : List.of(storageSym),
            g.principal() + " -> " + g.roleName() + " on " + g.targetPath()));
  }

  private static String scope(Scope s) {
    return Bicep.resourceGroup(s.subscriptionId(), s.resourceGroup());
  }

  private static Approvals approvals(Plan plan, String tenant) {
    List<Approval> items = new ArrayList<>();
    for (PrivateEndpointPlan e : plan.privateEndpoints()) {
      if (e.manualApproval() && e.targetScope().tenant().equals(tenant)) {
        Scope at = e.vnet().scope();
        items.add(
            new Approval(
                e.name(),
                e.target(),
                e.targetScope().resourceGroup(),
                e.targetScope().subscriptionId(),
                "/subscriptions/"
                    + at.subscriptionId()
                    + "/resourceGroups/"
                    + at.resourceGroup()
                    + "/providers/Microsoft.Network/privateEndpoints/"
                    + e.name()));
      }
    }
    return new Approvals(tenant, items);
  }

  private static Trust trust(Plan plan, FederationPlan f) {
    var id =
        plan.identities().stream()
            .filter(i -> i.name().equals(f.managedIdentity()))
            .findFirst()
            .orElseThrow();
    return new Trust(
        f.owner().key(),
        f.appName(),
        f.homeTenant(),
        f.partnerTenant(),
        f.managedIdentity(),
        id.scope().resourceGroup(),
        id.scope().subscriptionId(),
        f.storage(),
        plan.cloud().loginHost(),
        plan.cloud().tokenExchangeAudience());
  }
}
