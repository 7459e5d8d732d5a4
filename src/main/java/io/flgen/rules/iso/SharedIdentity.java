package io.flgen.rules.iso;

import io.flgen.plan.ComputePlan;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import io.flgen.plan.ResourceRef;
import io.flgen.plan.RoleGrant;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One identity (by resource id, compared as Azure compares it: {@code ID-X} in {@code RG-A} is
 * {@code id-x} in {@code rg-a}) that the identities, computes or grants of the plan attribute to
 * more than one party (two silos, or a silo and the orchestrator). Parties are listed in plan
 * order: identities, then computes, then grants. Critical at every stage and never waivable:
 * validate already refuses such a topology (FLG202), so this fires on reviewed Bicep.
 */
@RuleId("FLG-ISO-003")
public final class SharedIdentity implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    // keyed by resource id (compared as Azure compares it), never by name: the same name in another
    // resource group is another identity, and a case variant in the same group is the same one
    Map<ResourceRef, Map<String, Party>> users = new LinkedHashMap<>();
    Map<ResourceRef, String> names = new LinkedHashMap<>();
    for (IdentityPlan id : plan.identities()) {
      use(users, names, id.id(), id.name(), id.owner());
    }
    for (ComputePlan c : plan.computes()) {
      plan.identityOf(c.owner(), c.identity())
          .ifPresent(id -> use(users, names, id.id(), c.identity(), c.owner()));
    }
    for (RoleGrant g : plan.grants()) {
      plan.identityOf(g.principalOwner(), g.principal())
          .ifPresent(id -> use(users, names, id.id(), g.principal(), g.principalOwner()));
    }
    List<Finding> out = new ArrayList<>();
    users.forEach(
        (ref, parties) -> {
          if (parties.size() > 1) {
            Party second = new ArrayList<>(parties.values()).get(1);
            List<String> who =
                parties.values().stream()
                    .map(
                        p ->
                            p.silo()
                                ? Silos.describe(p) + " (" + p.path() + ")"
                                : Silos.describe(p))
                    .toList();
            out.add(
                finding(
                    names.get(ref),
                    second.silo() ? second.path() + ".identity" : second.path(),
                    "identity "
                        + names.get(ref)
                        + " (resource group "
                        + ref.resourceGroup()
                        + ") is used by "
                        + String.join(", ", who.subList(0, who.size() - 1))
                        + " and "
                        + who.get(who.size() - 1)));
          }
        });
    return out.stream();
  }

  private static void use(
      Map<ResourceRef, Map<String, Party>> users,
      Map<ResourceRef, String> names,
      ResourceRef ref,
      String name,
      Party p) {
    names.putIfAbsent(ref, name);
    users.computeIfAbsent(ref, k -> new LinkedHashMap<>()).putIfAbsent(p.path(), p);
  }
}
