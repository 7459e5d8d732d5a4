package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.bind.TopologyLoader;
import io.flgen.cli.ValidateFixturesTest.Run;
import io.flgen.live.Checks;
import io.flgen.live.preflight.Preflight;
import io.flgen.model.Topology;
import io.flgen.rules.RuleCatalog;
import io.flgen.rules.RuleEngine;
import io.flgen.rules.Severity;
import io.flgen.terms.Stage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * preflight and audit on the command line: what they do before any call to Azure, and how they
 * report.
 */
class LiveCommandsTest {
  static final Path TOPOLOGY = Path.of("src/test/resources/live/preflight.yaml");

  @Test
  void preflightRefusesAnInvalidTopologyBeforeSigningIn() {
    Run r =
        ValidateFixturesTest.run(
            "preflight", "src/test/resources/topologies/invalid/existing-zone-missing.yaml");
    assertEquals(2, r.code());
    assertTrue(
        r.err()
            .endsWith(
                "error(s) in src/test/resources/topologies/invalid/existing-zone-missing.yaml; "
                    + "run flgen validate first\n"),
        r.err());
  }

  /** Preflight lists a bad topology's errors as validate does: escaped, never raw control text. */
  @Test
  void preflightEscapesErrorsAsValidateDoes() throws Exception {
    Path f = Path.of("src/test/resources/topologies/invalid/control-characters-in-keys.yaml");
    Run r = ValidateFixturesTest.run("preflight", f.toString());
    assertEquals(2, r.code());
    String expected =
        java.nio.file.Files.readString(
            Path.of(
                "src/test/resources/topologies/invalid/control-characters-in-keys.expected.txt"));
    String errorLines = expected.substring(0, expected.lastIndexOf("3 error(s) in "));
    assertEquals(errorLines + "3 error(s) in " + f + "; run flgen validate first\n", r.err());
  }

  @Test
  void timeoutMustBePositive() {
    Run r = ValidateFixturesTest.run("preflight", "--timeout", "0", TOPOLOGY.toString());
    assertEquals(2, r.code());
    assertEquals("flgen: --timeout must be at least 1 second, got 0\n", r.err());
  }

  @Test
  void auditNeedsTheManifest() {
    Run r = ValidateFixturesTest.run("audit", "src/test/resources/live");
    assertEquals(2, r.code());
    assertEquals(
        "flgen: src/test/resources/live/flgen-manifest.json: not found; audit reads the manifest that flgen "
            + "render wrote into the folder\n",
        r.err());
  }

  static Preflight.Outcome outcome(List<Checks.Inconclusive> open) {
    return new Preflight.Outcome(
        new RuleEngine.Report(Stage.RUN, List.of()),
        RuleCatalog.ALL,
        open,
        Map.of("Arc cluster connected", 1));
  }

  @Test
  void anInconclusiveCheckIsListedAndExitsTwo() {
    Topology t =
        TopologyLoader.load(TOPOLOGY, TOPOLOGY.toString(), LocalDate.of(2026, 1, 1)).topology();
    Preflight.Outcome o =
        outcome(
            List.of(
                new Checks.Inconclusive(
                    "Arc cluster connected",
                    "arc-hospital-c",
                    "no answer within 30 s (--timeout)")));
    assertEquals(
        "preflight: t.yaml (1 check(s) in the public cloud)\n"
            + "0 finding(s), 0 suppressed, at run stage; 0 at or above --fail-on high\n"
            + "INCONCLUSIVE (1)\n"
            + "  Arc cluster connected: arc-hospital-c\n"
            + "    no answer within 30 s (--timeout)\n",
        PreflightCommand.render(
            o, OutputOptions.Format.text, "t.yaml", t, Severity.HIGH, new Style(false)));
    String json =
        PreflightCommand.render(
            o, OutputOptions.Format.json, "t.yaml", t, Severity.HIGH, new Style(false));
    assertTrue(
        json.contains(
            "\"inconclusive\" : [ {\n    \"check\" : \"Arc cluster connected\",\n    \"target\" : "
                + "\"arc-hospital-c\",\n    \"reason\" : \"no answer within 30 s (--timeout)\"\n  } ]"),
        json);
    assertEquals(2, PreflightCommand.exit(o, Severity.HIGH));
    assertEquals(0, PreflightCommand.exit(outcome(List.of()), Severity.HIGH));
  }
}
