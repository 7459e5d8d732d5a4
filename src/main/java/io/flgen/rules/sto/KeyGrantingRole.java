package io.flgen.rules.sto;

import io.flgen.azure.BuiltInRoles;
import io.flgen.plan.Plan;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.StoragePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Flags every storage grant at account scope whose built-in role can list the account keys ({@link
 * BuiltInRoles.Role#grantsKeys()}). Applies to existing accounts too: flgen writes the grant either
 * way. Listing keys is an action on the account resource and an assignment applies at its scope and
 * below, so the same role on a container, queue, table or share cannot list them and is not
 * flagged.
 */
@RuleInfo(
    id = "FLG-STO-001",
    name = "storage-no-key-granting-role",
    category = Category.STO,
    title = "A role that grants storage account keys is assigned on storage",
    crawl = Level.HIGH,
    walk = Level.CRITICAL,
    run = Level.CRITICAL,
    rationale =
        "Roles such as Storage Account Key Operator Service Role, Reader and Data Access, Storage Account "
            + "Contributor, Contributor and Owner can list the account keys when assigned on the account (or a "
            + "resource group or subscription above it); on a container, queue, table or share they cannot, since "
            + "listing keys is an action on the account and an assignment only reaches its scope and below. A key gives full access to every container, "
            + "so a silo identity holding one can read other silos' model updates in the exchange account, or the "
            + "orchestrator can read a silo's raw data, past every data-plane role flgen scoped. The reference sample "
            + "grants exactly these roles.",
    fix =
        "Remove the grant and use a data-plane role (Storage Blob Data Reader or Contributor) scoped to the account "
            + "or container the identity needs; flgen's own plan never assigns a key-granting role.",
    references = RuleInfo.FL_SPECIFIC)
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
