package io.flgen.cli;

import io.flgen.live.preflight.PreRules;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Every rule a user can meet: validate's catalogue and preflight's FLG-PRE rules. {@code flgen
 * rules}, {@code flgen explain} and {@code flgen docs} list and document these. Loading PreRules
 * loads no Azure SDK class (they only carry their metadata), so the listing stays as fast.
 */
public final class DocumentedRules {
  private DocumentedRules() {}

  public static final List<Rule> ALL = all();

  private static List<Rule> all() {
    List<Rule> rules = new ArrayList<>(RuleCatalog.ALL);
    rules.addAll(PreRules.all());
    return List.copyOf(rules);
  }

  static java.util.Optional<Rule> byId(String id) {
    return ALL.stream().filter(r -> r.info().id().equalsIgnoreCase(id)).findFirst();
  }
}
