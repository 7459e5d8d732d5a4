package io.flgen.cli;

import io.flgen.rules.Severity;
import io.flgen.terms.Stage;
import picocli.CommandLine.Option;

/** Options of commands that run the security rules. */
public final class CheckOptions {
  @Option(
      names = "--stage",
      paramLabel = "STAGE",
      description =
          "Check at this stage's severities (crawl, walk, run) instead of the topology's own; prints a readiness summary.")
  String stage;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "high",
      description =
          "Exit 1 when an unsuppressed finding is at or above this severity: low, medium, high, critical (default: ${DEFAULT-VALUE}).")
  String failOn = "high";

  @Option(
      names = "--no-waivers",
      description = "Ignore every waiver in the topology: show all findings unsuppressed.")
  boolean noWaivers;

  Severity threshold() {
    return Severity.parse(failOn);
  }

  Stage stageOr(Stage own) {
    return stage == null ? own : Stage.fromYaml(stage);
  }

  /**
   * The security rules on the topology's plan, at --stage (or its own), waivers per --no-waivers.
   */
  io.flgen.rules.RuleEngine.Report rules(io.flgen.compile.Compilation v) {
    return io.flgen.rules.RuleEngine.run(
        io.flgen.rules.RuleCatalog.ALL, v.plan(), stageOr(v.stage()), v.locator(), !noWaivers);
  }

  /** True when the report has a finding at or above --fail-on. */
  boolean fails(io.flgen.rules.RuleEngine.Report report) {
    return !report.failing(threshold()).isEmpty();
  }

  /** A usage error message, or null when the options are valid. */
  String problem() {
    if (stage != null && !stage.matches("crawl|walk|run")) {
      return "--stage must be crawl, walk or run, got '" + stage + "'";
    }
    if (!failOn.matches("(?i)low|medium|high|critical")) {
      return "--fail-on must be low, medium, high or critical, got '" + failOn + "'";
    }
    return null;
  }
}
