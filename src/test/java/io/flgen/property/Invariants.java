package io.flgen.property;

import io.flgen.azure.BuiltInRoles;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.StoragePlan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The security promise, checked on a plan the way Azure sees identities: by resource id, ignoring
 * case.
 */
final class Invariants {
  private Invariants() {}

  /**
   * An identity's resource id as Azure compares it: subscription, resource group and name,
   * case-insensitive.
   */
  static String resourceId(IdentityPlan i) {
    return ("/subscriptions/"
            + i.scope().subscriptionId()
            + "/resourceGroups/"
            + i.scope().resourceGroup()
            + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
            + i.name())
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Every violation of the access rules of docs/security-model.md in the plan; empty when it keeps
   * the promise.
   */
  static List<String> violations(Plan p) {
    Map<String, Set<String>> partiesById = new TreeMap<>();
    for (IdentityPlan i : p.identities()) {
      partiesById.computeIfAbsent(resourceId(i), k -> new TreeSet<>()).add(i.owner().key());
    }
    List<String> out = new ArrayList<>();
    for (RoleGrant g : p.grants()) {
      BuiltInRoles.Role role = BuiltInRoles.byGuid(g.roleId()).orElse(null);
      if (role == null || role.grantsKeys() || !role.dataPlane()) {
        out.add("key-granting, control-plane or unknown role: " + g);
      }
      if (g.person()) {
        continue;
      }
      Set<String> holders = new LinkedHashSet<>();
      holders.add(g.principalOwner().key());
      p.identities().stream()
          .filter(
              i -> i.name().equalsIgnoreCase(g.principal()) && i.owner().equals(g.principalOwner()))
          .forEach(i -> holders.addAll(partiesById.get(resourceId(i))));
      StoragePlan target = p.storage(g.target());
      Party owner = target.owner();
      for (String h : holders) {
        if (owner.silo() && !h.equals(owner.key())) {
          out.add(
              "identity "
                  + g.principal()
                  + " (also "
                  + h
                  + "'s, by resource id) has "
                  + g.roleName()
                  + " on "
                  + owner.key()
                  + "'s storage "
                  + g.targetPath());
        }
        if (g.container().startsWith("updates-")
            && !h.equals("orchestrator")
            && !g.container().equals("updates-" + h)) {
          out.add(
              "identity "
                  + g.principal()
                  + " (also "
                  + h
                  + "'s, by resource id) has "
                  + g.roleName()
                  + " on another silo's update container "
                  + g.targetPath());
        }
      }
    }
    for (RoleGrant g : p.serviceGrants()) {
      BuiltInRoles.byGuid(g.roleId())
          .filter(BuiltInRoles.Role::grantsKeys)
          .ifPresent(r -> out.add("key-granting service role: " + g));
    }
    return out;
  }

  /**
   * The access matrix as ReviewTest compares it: principal, role and target of every data-plane
   * grant.
   */
  static Set<String> matrix(Plan p) {
    return p.grants().stream()
        .map(g -> g.principal() + " | " + g.roleName() + " | " + g.targetPath())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
