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

  @Test
  void preflightRulesAreListedExplainedAndDocumented() throws Exception {
    Run list = ValidateFixturesTest.run("rules");
    assertEquals(0, list.code());
    assertTrue(
        list.out()
            .contains(
                "FLG-PRE-007  high     high     high     A VM size the plan uses (compute cluster, jumpbox) is not "
                    + "offered in its region, or is restricted for the subscription\n"),
        list.out());
    Run explain = ValidateFixturesTest.run("explain", "flg-pre-008");
    assertEquals(0, explain.code());
    assertTrue(
        explain
            .out()
            .startsWith(
                "# FLG-PRE-008: The vCPU quota left in a region is less than the compute clusters' maximum "
                    + "nodes, or the jumpbox, need\n"),
        explain.out());
    var pages = io.flgen.docs.RulePages.render(DocumentedRules.ALL);
    for (String id : List.of("001", "002", "003", "004", "005", "006", "007", "008")) {
      String page = "rules/FLG-PRE-" + id + ".md";
      assertEquals(
          pages.get(page),
          java.nio.file.Files.readString(Path.of("docs").resolve(page)),
          page + " is stale or missing: run ./flgen docs");
    }
    assertEquals(
        pages.get("rules/README.md"),
        java.nio.file.Files.readString(Path.of("docs/rules/README.md")),
        "docs/rules/README.md is stale: run ./flgen docs");
  }

  /**
   * A subscription that answers nothing usefully: 401 for provider reads, 403 for everything else
   * (bodies quoting the token), and a name check slower than the timeout. Preflight lists every
   * check as inconclusive, exits 2, and no format prints the token.
   */
  @Test
  void everyFailedCallIsListedTheExitIsTwoAndNoFormatPrintsTheToken() {
    String token = "eyJ0eXAiOiJKV1Qi.secret-test-token";
    var server =
        new com.github.tomakehurst.wiremock.WireMockServer(
            com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig()
                .bindAddress("127.0.0.1")
                .httpDisabled(true)
                .dynamicHttpsPort());
    server.start();
    try {
      String body =
          "{\"error\": {\"code\": \"AuthorizationFailed\", \"message\": \"denied for "
              + token
              + "\"}}";
      server.stubFor(
          com.github.tomakehurst.wiremock.client.WireMock.any(
                  com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
              .atPriority(9)
              .willReturn(
                  com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                      .withStatus(403)
                      .withHeader("Content-Type", "application/json")
                      .withBody(body)));
      server.stubFor(
          com.github.tomakehurst.wiremock.client.WireMock.get(
                  com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(
                      ".*/providers/Microsoft\\.[A-Za-z]+"))
              .atPriority(1)
              .willReturn(
                  com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                      .withStatus(401)
                      .withHeader("Content-Type", "application/json")
                      .withBody(
                          body.replace("AuthorizationFailed", "InvalidAuthenticationToken"))));
      server.stubFor(
          com.github.tomakehurst.wiremock.client.WireMock.post(
                  com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(
                      ".*/Microsoft.Storage/checkNameAvailability"))
              .atPriority(1)
              .willReturn(
                  com.github.tomakehurst.wiremock.client.WireMock.okJson(
                          "{\"nameAvailable\": true}")
                      .withFixedDelay(3000)));
      var loaded = TopologyLoader.load(TOPOLOGY, TOPOLOGY.toString(), LocalDate.of(2026, 1, 1));
      Topology t = loaded.topology();
      Preflight.Outcome o =
          Preflight.run(
              io.flgen.plan.Planner.plan(t),
              loaded.sourceMap(),
              Stage.RUN,
              true,
              io.flgen.live.LocalArm.arm(server, token, java.time.Duration.ofSeconds(2)));
      int total = o.checks().values().stream().mapToInt(Integer::intValue).sum();
      // every check failed: none ran to an answer, so none is missing from the list
      assertEquals(total, o.inconclusive().size(), o.inconclusive()::toString);
      assertEquals(2, PreflightCommand.exit(o, Severity.HIGH));
      List<String> reasons =
          o.inconclusive().stream().map(Checks.Inconclusive::reason).distinct().sorted().toList();
      assertEquals(
          List.of(
              "no answer within 2 s (--timeout)",
              "not signed in, or the token was refused (HTTP 401 InvalidAuthenticationToken): sign in "
                  + "with az login",
              "permission denied (HTTP 403 AuthorizationFailed): the signed-in identity may not read this"),
          reasons);
      for (OutputOptions.Format f : OutputOptions.Format.values()) {
        String out = PreflightCommand.render(o, f, "t.yaml", t, Severity.HIGH, new Style(false));
        assertTrue(!out.contains(token) && !out.contains("secret-test-token"), f + ": " + out);
      }
      String text =
          PreflightCommand.render(
              o, OutputOptions.Format.text, "t.yaml", t, Severity.HIGH, new Style(false));
      assertTrue(text.contains("INCONCLUSIVE (" + total + ")\n"), text);
      assertTrue(
          text.contains(
              "  storage account name free: stflpreorchlqx98\n    no answer within 2 s (--timeout)\n"),
          text);
    } finally {
      server.stop();
    }
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
