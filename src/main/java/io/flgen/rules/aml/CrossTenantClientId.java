package io.flgen.rules.aml;

import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-AML-008",
    name = "cross-tenant-step-gets-client-id",
    category = Category.AML,
    title = "A cross-tenant step is given its partner app by display name, not client id",
    crawl = Level.CRITICAL,
    walk = Level.CRITICAL,
    run = Level.CRITICAL,
    waivable = false,
    rationale =
        "The token exchange that lets a silo's managed identity act as the partner-tenant app names the app by its "
            + "application (client) id. A display name is not unique and cannot be exchanged, so the step cannot read its data.",
    fix =
        "flgen passes federated_app_client_id from a pipeline input set at submission (az ml job create --set "
            + "inputs.<silo>_client_id=<appId printed by the trust script>).",
    sources = {
      "https://learn.microsoft.com/entra/workload-id/workload-identity-federation-config-app-trust-managed-identity | If you "
          + "need to access resources in another tenant, your app registration must be a multitenant application and "
          + "provisioned into the other tenant."
    })
public final class CrossTenantClientId implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.pipeline().steps().stream()
        .flatMap(
            s ->
                s.inputs().stream()
                    .filter(
                        p ->
                            p.name().startsWith("federated_app")
                                && !p.form().equals("binding")
                                && (p.name().equals("federated_app")
                                    || plan.federations().stream()
                                        .anyMatch(f -> f.appName().equals(p.value()))))
                    .map(
                        p ->
                            finding(
                                s.name(),
                                s.party().path(),
                                "step "
                                    + s.name()
                                    + " passes "
                                    + p.name()
                                    + ": "
                                    + p.value()
                                    + ", a display name; the token exchange needs the app's client id")));
  }
}
