package io.flgen.rules.xt;

import io.flgen.plan.FederationPlan;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A federation whose credential trusts an identity that is not the identity of its own silo's
 * computes (Azure ML clusters or the attached Kubernetes compute), or that another party owns.
 */
@RuleId("FLG-XT-002")
public final class FederationTrustsWrongIdentity implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.federations().stream()
        .flatMap(
            f -> problem(plan, f).map(m -> finding(f.appName(), f.owner().path(), m)).stream());
  }

  private static Optional<String> problem(Plan plan, FederationPlan f) {
    Set<String> own = new TreeSet<>();
    plan.computes().stream()
        .filter(c -> sameParty(c.owner(), f))
        .forEach(c -> own.add(c.identity()));
    plan.kubernetes().stream()
        .filter(k -> sameParty(k.owner(), f))
        .forEach(k -> own.add(k.identity()));
    Optional<IdentityPlan> id =
        plan.identities().stream().filter(i -> i.name().equals(f.managedIdentity())).findFirst();
    String who = f.appName() + " (silo " + f.owner().key() + ") trusts " + f.managedIdentity();
    if (id.isPresent() && !sameParty(id.get().owner(), f)) {
      return Optional.of(
          who
              + ", an identity owned by "
              + (id.get().owner().silo() ? "silo " : "the ")
              + id.get().owner().key());
    }
    if (!own.contains(f.managedIdentity())) {
      return Optional.of(
          who
              + ", which is not the identity of the silo's computes ("
              + (own.isEmpty() ? "none" : String.join(", ", own))
              + ")");
    }
    return Optional.empty();
  }

  private static boolean sameParty(io.flgen.plan.Party p, FederationPlan f) {
    return p.silo() && p.key().equals(f.owner().key());
  }
}
