package io.flgen.rules.xt;

import io.flgen.plan.Plan;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.Scope;
import io.flgen.plan.StoragePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A grant on a storage account in a partner tenant whose principal is a managed identity of the
 * plan.
 */
@RuleInfo(
    id = "FLG-XT-003",
    name = "cross-tenant-data-grant-to-federated-app",
    category = Category.XT,
    title =
        "A cross-tenant silo's data grant goes to a managed identity instead of its federated app",
    crawl = Level.CRITICAL,
    walk = Level.CRITICAL,
    run = Level.CRITICAL,
    rationale =
        "Managed identities live in the orchestrator tenant and cannot hold roles in a partner tenant: the "
            + "partner's data grant must go to the service principal of the silo's federated app, which the partner's "
            + "admin consented to in its own tenant and can disable at any time. A grant naming a managed identity "
            + "either fails at deployment or, if forced through a guest or foreign principal, hands the orchestrator "
            + "tenant a standing path into the partner's data that bypasses the partner's consent.",
    fix =
        "Let flgen plan the cross-tenant silo: its storage grant goes to the federated app (federatedApp name in "
            + "the partner bundle), whose credential trusts the silo's compute identity. Never grant the silo identity "
            + "itself on the partner's storage.",
    references = RuleInfo.FL_SPECIFIC)
public final class CrossTenantGrantToManagedIdentity implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    Set<String> identities =
        plan.identities().stream().map(i -> i.name()).collect(Collectors.toSet());
    Map<String, StoragePlan> storages =
        plan.storages().stream()
            .collect(Collectors.toMap(StoragePlan::name, Function.identity(), (a, b) -> a));
    return plan.grants().stream()
        .filter(g -> identities.contains(g.principal()))
        .filter(
            g ->
                storages.containsKey(g.target())
                    && !Scope.HOME.equals(storages.get(g.target()).scope().tenant()))
        .map(
            g ->
                finding(
                    g.targetPath(),
                    storages.get(g.target()).origin(),
                    message(g, storages.get(g.target()))));
  }

  private static String message(RoleGrant g, StoragePlan s) {
    return g.principal()
        + " (managed identity of "
        + (g.principalOwner().silo() ? "silo " : "the ")
        + g.principalOwner().key()
        + ") has "
        + g.roleName()
        + " on "
        + g.targetPath()
        + " in partner tenant "
        + s.scope().tenant()
        + "; only the silo's federated app may hold a role there";
  }
}
