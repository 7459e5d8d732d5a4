package io.flgen.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every rule flgen runs. Add a rule to its area's {@code <Area>Rules.ALL} (a rule class, or a
 * {@link Setting} declared there); RuleCatalogTest checks that every rule class is registered once,
 * every catalogue entry has exactly one rule, ids are unique, and every rule has docs and fixtures.
 */
public final class RuleCatalog {
  private RuleCatalog() {}

  /** Every rule, sorted by id. Each area lists its rules in its own {@code <Area>Rules} class. */
  public static final List<Rule> ALL =
      sorted(
          List.of(
              io.flgen.rules.iso.IsoRules.ALL,
              io.flgen.rules.sto.StoRules.ALL,
              io.flgen.rules.ws.WsRules.ALL,
              io.flgen.rules.cmp.CmpRules.ALL,
              io.flgen.rules.kv.KvRules.ALL,
              io.flgen.rules.acr.AcrRules.ALL,
              io.flgen.rules.net.NetRules.ALL,
              io.flgen.rules.aks.AksRules.ALL,
              io.flgen.rules.ext.ExtRules.ALL,
              io.flgen.rules.xt.XtRules.ALL,
              io.flgen.rules.hyg.HygRules.ALL,
              io.flgen.rules.aml.AmlRules.ALL));

  private static List<Rule> sorted(List<List<Rule>> areas) {
    return areas.stream().flatMap(List::stream).sorted(Comparator.comparing(Rule::id)).toList();
  }

  public static Optional<Rule> byId(String id) {
    return ALL.stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
  }
}
