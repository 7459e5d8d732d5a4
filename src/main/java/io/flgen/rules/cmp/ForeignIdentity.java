package io.flgen.rules.cmp;

import io.flgen.plan.ComputePlan;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.stream.Stream;

/**
 * A compute whose identity is owned by another party. The topology gets there when a silo's
 * identity.name names the identity of the orchestrator or of another silo: the planner then reuses
 * that identity, owned by whoever declared it first. Identities are compared by resource id as
 * Azure compares them (case-insensitively).
 */
@RuleId("FLG-CMP-006")
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
