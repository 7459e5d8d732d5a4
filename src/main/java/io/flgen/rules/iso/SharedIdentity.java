package io.flgen.rules.iso;

import io.flgen.plan.ComputePlan;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import io.flgen.plan.RoleGrant;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An identity name that the identities, computes or grants of the plan attribute to more than one
 * party (two silos, or a silo and the orchestrator). Parties are listed in plan order: identities,
 * then computes, then grants.
 */
@RuleInfo(
    id = "FLG-ISO-003",
    name = "identity-not-shared",
    category = Category.ISO,
    title = "One managed identity is used by more than one party",
    crawl = Level.HIGH,
    walk = Level.HIGH,
    run = Level.CRITICAL,
    rationale = "Azure RBAC grants roles to identities, not to parties: when two silos (or a silo and the orchestrator) "
        + "run their computes as the same user-assigned identity, each holds the union of their roles, so one silo's "
        + "jobs can read the other's data and model updates, or the orchestrator's computes can read silo data. It "
        + "also makes the audit log unable to tell the parties apart.",
    fix = "Give each silo its own identity: remove silos[].identity.name, or set it to a name no other party uses. "
        + "Never reuse the orchestrator identity (id-<prefix>-orchestrator) for a silo.",
    references = {"No general-purpose equivalent (FL-specific invariant)"})
public final class SharedIdentity implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    Map<String, Map<String, Party>> users = new LinkedHashMap<>();
    for (IdentityPlan id : plan.identities()) {
      use(users, id.name(), id.owner());
    }
    for (ComputePlan c : plan.computes()) {
      use(users, c.identity(), c.owner());
    }
    for (RoleGrant g : plan.grants()) {
      use(users, g.principal(), g.principalOwner());
    }
    List<Finding> out = new ArrayList<>();
    users.forEach((name, parties) -> {
      if (parties.size() > 1) {
        Party second = new ArrayList<>(parties.values()).get(1);
        List<String> who = parties.values().stream()
            .map(p -> p.silo() ? Silos.describe(p) + " (" + p.path() + ")" : Silos.describe(p)).toList();
        out.add(finding(name, second.silo() ? second.path() + ".identity" : second.path(),
            "identity " + name + " is used by " + String.join(", ", who.subList(0, who.size() - 1))
                + " and " + who.get(who.size() - 1)));
      }
    });
    return out.stream();
  }

  private static void use(Map<String, Map<String, Party>> users, String identity, Party p) {
    if (identity != null && !identity.isEmpty()) {
      users.computeIfAbsent(identity, k -> new LinkedHashMap<>()).putIfAbsent(p.path(), p);
    }
  }
}
