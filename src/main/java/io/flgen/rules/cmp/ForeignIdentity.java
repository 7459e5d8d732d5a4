package io.flgen.rules.cmp;

import io.flgen.plan.ComputePlan;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A compute whose identity is owned by another party. The topology gets there when a silo's
 * identity.name names the identity of the orchestrator or of another silo: the planner then reuses that
 * identity, owned by whoever declared it first.
 */
@RuleInfo(
    id = "FLG-CMP-006",
    name = "compute-own-party-identity",
    category = Category.CMP,
    title = "A compute cluster runs as an identity that belongs to another party",
    crawl = Level.HIGH,
    walk = Level.HIGH,
    run = Level.CRITICAL,
    rationale = "Every job on a compute runs with the compute's managed identity. A silo compute running as the "
        + "orchestrator's or another silo's identity gets all of that party's roles: it can read the other silo's "
        + "data or model updates, and the other party's grants reach into this silo. That breaks the isolation "
        + "between federated parties that the access matrix relies on.",
    fix = "Give each silo its own identity: remove the silo's identity.name, or give it a name no other party uses.",
    references = {"No general-purpose equivalent (FL-specific invariant)"})
public final class ForeignIdentity implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    Map<String, IdentityPlan> byName = plan.identities().stream()
        .collect(Collectors.toMap(IdentityPlan::name, Function.identity(), (a, b) -> a));
    return plan.computes().stream()
        .filter(c -> byName.containsKey(c.identity()))
        .filter(c -> !byName.get(c.identity()).owner().key().equals(c.owner().key()))
        .map(c -> finding(c.name(), c.origin(), message(c, byName.get(c.identity()))));
  }

  private static String message(ComputePlan c, IdentityPlan id) {
    return c.name() + " (" + c.owner().key() + ") runs as " + id.name() + ", an identity owned by "
        + id.owner().key();
  }
}
