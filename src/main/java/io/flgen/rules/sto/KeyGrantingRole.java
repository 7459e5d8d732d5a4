package io.flgen.rules.sto;

import io.flgen.azure.BuiltInRoles;
import io.flgen.plan.Plan;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.StoragePlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Flags every storage grant at account scope whose built-in role can list the account keys ({@link
 * BuiltInRoles.Role#grantsKeys()}). Applies to existing accounts too: flgen writes the grant either
 * way. Listing keys is an action on the account resource and an assignment applies at its scope and
 * below, so the same role on a container, queue, table or share cannot list them and is not
 * flagged.
 */
@RuleId("FLG-STO-001")
public final class KeyGrantingRole implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.grants().stream()
        .filter(g -> "storage".equals(g.targetKind()))
        .filter(g -> g.container().isEmpty())
        .filter(
            g -> BuiltInRoles.byGuid(g.roleId()).map(BuiltInRoles.Role::grantsKeys).orElse(false))
        .map(g -> finding(g.target(), origin(plan, g), message(g)));
  }

  private static String origin(Plan plan, RoleGrant g) {
    Optional<StoragePlan> st =
        plan.storages().stream().filter(s -> s.name().equals(g.target())).findFirst();
    return st.map(StoragePlan::origin).orElse(g.principalOwner().path());
  }

  private static String message(RoleGrant g) {
    String role = BuiltInRoles.byGuid(g.roleId()).map(BuiltInRoles.Role::name).orElse(g.roleName());
    return g.principal()
        + " ("
        + g.principalOwner().key()
        + ") has "
        + role
        + " on "
        + g.targetPath()
        + ", a role that can list the storage account keys";
  }
}
