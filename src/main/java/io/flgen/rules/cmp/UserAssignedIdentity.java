package io.flgen.rules.cmp;

import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.stream.Stream;

@RuleId("FLG-CMP-007")
public final class UserAssignedIdentity implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.computes().stream()
        .filter(c -> c.identity() == null || plan.identityOf(c.owner(), c.identity()).isEmpty())
        .map(
            c ->
                finding(
                    c.name(),
                    c.origin(),
                    c.identity() == null || c.identity().isBlank()
                        ? c.name() + " (" + c.owner().key() + ") has no user-assigned identity"
                        : c.name()
                            + " ("
                            + c.owner().key()
                            + ") runs as "
                            + c.identity()
                            + ", which is not a user-assigned identity of the plan"));
  }
}
