package io.flgen.rules.xt;

import io.flgen.plan.Plan;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.Scope;
import io.flgen.plan.StoragePlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Lookup;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A grant on a storage account in a partner tenant whose principal is a managed identity of the
 * plan.
 */
@RuleId("FLG-XT-003")
public final class CrossTenantGrantToManagedIdentity implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    Set<String> identities =
        plan.identities().stream().map(i -> i.name()).collect(Collectors.toSet());
    Map<String, StoragePlan> storages = Lookup.byKey(plan.storages(), StoragePlan::name);
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
