package io.flgen.rules.iso;

import io.flgen.model.Sensitivity;
import io.flgen.model.Silo;
import io.flgen.plan.LastMemo;
import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looks up the topology silo behind a plan party; shared by the isolation rules. */
final class Silos {
  private Silos() {}

  /**
   * The silos of the topology looked up last, by name (the first of a name): rules run one plan at
   * a time, each asking once per party, so a lookup per party stays linear overall.
   */
  private static final LastMemo<List<Silo>, Map<String, Silo>> BY_NAME =
      new LastMemo<>(
          silos -> {
            Map<String, Silo> byName = new HashMap<>();
            silos.forEach(s -> byName.putIfAbsent(s.name(), s));
            return byName;
          });

  /** The silo a party stands for, or empty for the orchestrator or an unknown key. */
  static Optional<Silo> of(Plan plan, Party p) {
    if (!p.silo()) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_NAME.get(plan.topology().silos()).get(p.key()));
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
    return java.util.stream.IntStream.range(0, silos.size())
        .filter(i -> sensitive(silos.get(i)))
        .boxed()
        .toList();
  }
}
