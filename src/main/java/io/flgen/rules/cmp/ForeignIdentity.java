package io.flgen.rules.cmp;

import io.flgen.plan.ComputePlan;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * A compute whose identity is owned by another party. The topology gets there when a silo's
 * identity.name names the identity of the orchestrator or of another silo: the planner then reuses
 * that identity, owned by whoever declared it first. Identities are compared by resource id as
 * Azure compares them (case-insensitively).
 */
@RuleInfo(
    id = "FLG-CMP-006",
    name = "compute-own-party-identity",
    category = Category.CMP,
    title = "A compute cluster runs as an identity that belongs to another party",
    crawl = Level.CRITICAL,
    walk = Level.CRITICAL,
    run = Level.CRITICAL,
    waivable = false,
    rationale =
        "Every job on a compute runs with the compute's managed identity. A silo compute running as the "
            + "orchestrator's or another silo's identity gets all of that party's roles: it can read the other silo's "
            + "data or model updates, and the other party's grants reach into this silo. That breaks the isolation "
            + "between federated parties that the access matrix relies on. Azure compares identity and resource group names "
            + "case-insensitively, so a case variant of another party's identity in its resource group is that identity. "
            + "No waiver makes this safe: critical at every stage, never waivable.",
    fix =
        "Give each silo its own identity: remove the silo's identity.name, or give it a name no other party uses.",
    references = RuleInfo.FL_SPECIFIC,
    sources = {
      "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules | Resource and "
          + "resource group names are case-insensitive unless specifically noted in the valid characters column."
    })
public final class ForeignIdentity implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.computes().stream()
        .flatMap(
            c ->
                plan.identityOf(c.owner(), c.identity()).stream()
                    .flatMap(
                        id ->
                            owners(plan, id).filter(o -> !o.equals(c.owner())).findFirst().stream()
                                .map(o -> finding(c.name(), c.origin(), message(c, id, o)))));
  }

  /**
   * Every party that owns this identity, by resource id: a case variant in the same group is the
   * same identity.
   */
  private static Stream<Party> owners(Plan plan, IdentityPlan id) {
    return plan.identities().stream()
        .filter(x -> x.id().equals(id.id()))
        .map(IdentityPlan::owner)
        .distinct();
  }

  private static String message(ComputePlan c, IdentityPlan id, Party owner) {
    return c.name()
        + " ("
        + c.owner().key()
        + ") runs as "
        + c.identity()
        + " in resource group "
        + id.scope().resourceGroup()
        + ", an identity owned by "
        + owner.key();
  }
}
