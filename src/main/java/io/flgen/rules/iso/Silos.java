package io.flgen.rules.iso;

import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import io.flgen.plan.SiloPlan;
import java.util.List;
import java.util.Optional;

/** Looks up the silo behind a plan party; shared by the isolation rules. */
final class Silos {
  private Silos() {}

  /** The silo a party stands for, or empty for the orchestrator or an unknown key. */
  static Optional<SiloPlan> of(Plan plan, Party p) {
    return plan.context().silo(p);
  }

  /** {@code silo <name>} or {@code the orchestrator}, for messages. */
  static String describe(Party p) {
    return p.silo() ? "silo " + p.key() : "the " + p.key();
  }

  /** True when the party is a silo whose data is sensitive. */
  static boolean sensitive(Plan plan, Party p) {
    return of(plan, p).map(SiloPlan::sensitive).orElse(false);
  }

  /** The sensitive silos, in topology order. */
  static List<SiloPlan> sensitive(Plan plan) {
    return plan.silos().stream().filter(SiloPlan::sensitive).toList();
  }
}
