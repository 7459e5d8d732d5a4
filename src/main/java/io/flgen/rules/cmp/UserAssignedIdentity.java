package io.flgen.rules.cmp;

import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-CMP-007",
    name = "compute-user-assigned-identity",
    category = Category.CMP,
    title = "A compute cluster has no user-assigned identity",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "flgen's access matrix grants data-plane roles to each party's user-assigned identity, and "
            + "pipeline steps use identity type managed. A compute without one falls back to the workspace's "
            + "system identity or to credentials outside the plan, so its data access is neither least-privilege nor "
            + "tied to a single silo.",
    fix =
        "Let flgen create the party's identity (the default) or name one in the silo's identity.name; every "
            + "compute of the party runs as it.",
    references = RuleInfo.FL_SPECIFIC)
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
