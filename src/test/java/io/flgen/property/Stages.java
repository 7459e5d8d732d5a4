package io.flgen.property;

import io.flgen.compile.Compilation;
import io.flgen.model.Topology;
import io.flgen.plan.Plan;
import io.flgen.render.GeneratedFiles;
import io.flgen.render.Renderer;
import io.flgen.rules.RuleCatalog;
import io.flgen.rules.RuleEngine;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The stages in-process, in the order and with the gates `flgen validate` and `flgen render` use.
 */
final class Stages {
  private Stages() {}

  /** The date waivers are checked against: fixed, so a case never changes with the calendar. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  /** A topology `flgen render` accepts at the default --fail-on, with its plan and source. */
  record Valid(Topology topology, Plan plan, Compilation compiled) {
    GeneratedFiles render() {
      return Renderer.render(plan, Renderer.GENERATOR, compiled.source());
    }
  }

  /**
   * The plan of a topology that loads, names and zones cleanly, is supported and has no failing
   * finding; else empty.
   */
  static Optional<Valid> valid(String yaml) {
    Compilation c = Compilation.of(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml", TODAY);
    if (!c.ok() || !c.unsupported().isEmpty()) {
      return Optional.empty();
    }
    Plan plan = c.plan();
    RuleEngine.Report report = RuleEngine.run(RuleCatalog.ALL, plan, c.stage(), c.locator(), true);
    if (!report.failing(io.flgen.rules.Severity.HIGH).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Valid(c.topology(), plan, c));
  }
}
