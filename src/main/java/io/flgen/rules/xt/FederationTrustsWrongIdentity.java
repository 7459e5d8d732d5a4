package io.flgen.rules.xt;

import io.flgen.plan.FederationPlan;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Plan;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A federation whose credential trusts an identity that is not the identity of its own silo's
 * computes (Azure ML clusters or the attached Kubernetes compute), or that another party owns.
 * FLG-XT-002, a {@link io.flgen.rules.Setting} of the federations declared in {@link XtRules}.
 */
final class FederationTrustsWrongIdentity {
  private FederationTrustsWrongIdentity() {}

  /** What is wrong with the identity the federation trusts, if anything. */
  static Optional<String> problem(Plan plan, FederationPlan f) {
    Set<String> own = new TreeSet<>();
    plan.computes().stream()
        .filter(c -> sameParty(c.owner(), f))
        .forEach(c -> own.add(c.identity()));
    plan.kubernetes().stream()
        .filter(k -> sameParty(k.owner(), f))
        .forEach(k -> own.add(k.identity()));
    Optional<IdentityPlan> id =
        plan.identities().stream().filter(i -> i.name().equals(f.managedIdentity())).findFirst();
    String who = "trusts " + f.managedIdentity();
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
