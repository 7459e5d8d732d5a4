package io.flgen.rules;

import io.flgen.diag.Locator;
import io.flgen.plan.Plan;
import io.flgen.terms.Stage;
import io.flgen.terms.Waiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the catalogue on a plan at a stage, applies waivers, and orders the results. */
public final class RuleEngine {
  private RuleEngine() {}

  /** The outcome of one check. */
  public record Report(Stage stage, List<Result> results) {
    /** Unsuppressed results at or above the threshold. */
    public List<Result> failing(Severity threshold) {
      return results.stream()
          .filter(r -> !r.suppressed() && r.severity().compareTo(threshold) >= 0)
          .toList();
    }

    public long count(Severity s, boolean suppressed) {
      return results.stream()
          .filter(r -> r.severity() == s && r.suppressed() == suppressed)
          .count();
    }
  }

  /**
   * @param stage the stage whose severities apply (the topology's, or --stage)
   * @param useWaivers false for --no-waivers
   */
  public static Report run(
      List<Rule> rules, Plan plan, Stage stage, Locator where, boolean useWaivers) {
    List<Result> out = new ArrayList<>();
    List<Waiver> waivers = useWaivers ? plan.waivers() : List.of();
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      Level level =
          switch (stage) {
            case CRAWL -> info.crawl();
            case WALK -> info.walk();
            case RUN -> info.run();
          };
      Optional<Severity> sev = level.severity();
      if (sev.isEmpty()) {
        continue;
      }
      List<Waiver> applicable = info.waivable() ? waivers : List.of();
      rule.check(plan)
          .distinct()
          .forEach(
              f ->
                  out.add(
                      new Result(
                          f,
                          info,
                          sev.get(),
                          where.locate(f.origin()),
                          waiverFor(applicable, f)
                              .map(
                                  w ->
                                      new Result.Suppression(
                                          w.justification(), w.expires().toString())))));
    }
    out.sort(Result.ORDER);
    return new Report(stage, List.copyOf(out));
  }

  /**
   * A waiver applies when its rule id matches and its target is the finding's target, its origin,
   * or an ancestor of its origin (waiving {@code silos[1]} covers {@code silos[1].storage}).
   */
  static Optional<Waiver> waiverFor(List<Waiver> waivers, Finding f) {
    for (Waiver w : waivers) {
      if (!w.rule().equalsIgnoreCase(f.ruleId())) {
        continue;
      }
      String t = w.target();
      String o = f.origin();
      if (t.equals(f.target()) || t.equals(o) || o.startsWith(t + ".") || o.startsWith(t + "[")) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }
}
