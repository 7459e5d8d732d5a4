package io.flgen.rules;

import io.flgen.bind.TopologyLoader;
import io.flgen.plan.Plan;
import io.flgen.plan.Planner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rule fixtures live in src/test/resources/rules/ID/:
 *
 * <ul>
 *   <li>{@code pass.yaml}: a valid topology, optionally with {@code pass.patch.json} (a near miss
 *       flgen never renders itself), on which the rule finds nothing;
 *   <li>{@code fail.yaml}: a valid topology, optionally with {@code fail.patch.json} (a {@link
 *       PlanPatch} for plans flgen never renders itself, such as a hand-edited deployment), on
 *       which the rule finds exactly the lines of {@code fail.expected.txt};
 *   <li>{@code fail.expected.txt}: one line per finding, {@code target | origin | message}.
 * </ul>
 */
public final class RuleFixtures {
  public static final Path ROOT = Path.of("src/test/resources/rules");

  /** The date fixtures are validated against (waiver expiry). */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  private RuleFixtures() {}

  public static Plan plan(Path topology, Path patch) {
    TopologyLoader.Result r = TopologyLoader.load(topology, topology.toString(), TODAY);
    if (!r.ok()) {
      throw new AssertionError(topology + " is not a valid topology: " + r.diagnostics());
    }
    Plan p = Planner.plan(r.topology());
    if (patch != null && Files.exists(patch)) {
      try {
        p = PlanPatch.apply(p, JsonMapper.shared().readTree(Files.readString(patch)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return p;
  }

  /** The rule's raw findings on a fixture, as {@code target | origin | message} lines, sorted. */
  public static List<String> lines(Rule rule, Plan plan) {
    return rule.check(plan)
        .distinct()
        .map(f -> f.target() + " | " + f.origin() + " | " + f.message())
        .sorted()
        .toList();
  }
}
