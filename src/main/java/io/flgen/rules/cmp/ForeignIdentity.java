package io.flgen.rules.cmp;

import io.flgen.plan.ComputePlan;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.LastMemo;
import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import io.flgen.plan.ResourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A compute whose identity is owned by another party. The topology gets there when a silo's
 * identity.name names the identity of the orchestrator or of another silo: the planner then reuses
 * that identity, owned by whoever declared it first. Identities are compared by resource id as
 * Azure compares them (case-insensitively). FLG-CMP-006, a {@link io.flgen.rules.Setting} of the
 * computes declared in {@link CmpRules}.
 */
final class ForeignIdentity {
  private ForeignIdentity() {}

  /** What is wrong with the compute's identity, if it has another owner. */
  static Optional<String> problem(Plan plan, ComputePlan c) {
    return plan.identityOf(c.owner(), c.identity())
        .flatMap(
            id ->
                owners(plan, id)
                    .filter(o -> !o.equals(c.owner()))
                    .findFirst()
                    .map(o -> message(c, id, o)));
  }

  /**
   * Every party that owns this identity, by resource id: a case variant in the same group is the
   * same identity.
   */
  private static Stream<Party> owners(Plan plan, IdentityPlan id) {
    return OWNERS.get(plan.identities()).getOrDefault(id.id(), List.of()).stream();
  }

  /**
   * The owners of each identity, in plan order, indexed once per plan: a scan per compute was
   * quadratic in the silo count.
   */
  private static final LastMemo<List<IdentityPlan>, Map<ResourceRef, List<Party>>> OWNERS =
      new LastMemo<>(
          ids -> {
            Map<ResourceRef, List<Party>> owners = new HashMap<>();
            for (IdentityPlan x : ids) {
              List<Party> of = owners.computeIfAbsent(x.id(), k -> new ArrayList<>());
              if (!of.contains(x.owner())) {
                of.add(x.owner());
              }
            }
            return owners;
          });

  private static String message(ComputePlan c, IdentityPlan id, Party owner) {
    return "runs as "
        + c.identity()
        + " in resource group "
        + id.scope().resourceGroup()
        + ", an identity owned by "
        + owner.key();
  }
}
