package io.flgen.rules.iso;

import io.flgen.model.Sensitivity;
import io.flgen.model.Silo;
import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import java.util.List;
import java.util.Optional;

/** Looks up the topology silo behind a plan party; shared by the isolation rules. */
final class Silos {
  private Silos() {}

  /** The silo a party stands for, or empty for the orchestrator or an unknown key. */
  static Optional<Silo> of(Plan plan, Party p) {
    if (!p.silo()) {
      return Optional.empty();
    }
    return plan.topology().silos().stream().filter(s -> s.name().equals(p.key())).findFirst();
  }

  /** {@code silo <name>} or {@code the orchestrator}, for messages. */
  static String describe(Party p) {
    return p.silo() ? "silo " + p.key() : "the " + p.key();
  }

  static boolean sensitive(Silo s) {
    return s.data().sensitivity() == Sensitivity.SENSITIVE;
  }

  /** True when the party is a silo whose data is sensitive. */
  static boolean sensitive(Plan plan, Party p) {
    return of(plan, p).map(Silos::sensitive).orElse(false);
  }

  /** Topology indexes of the sensitive silos, in order. */
  static List<Integer> sensitiveIndexes(Plan plan) {
    List<Silo> silos = plan.topology().silos();
    return java.util.stream.IntStream.range(0, silos.size()).filter(i -> sensitive(silos.get(i))).boxed().toList();
  }
}
