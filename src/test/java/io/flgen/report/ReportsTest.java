package io.flgen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.diag.Location;
import io.flgen.rules.RuleCatalog;
import io.flgen.rules.RuleEngine;
import io.flgen.rules.RuleFixtures;
import io.flgen.rules.Severity;
import io.flgen.schemas.YamlSchemaValidator;
import io.flgen.terms.Stage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The text, JSON and SARIF forms of a report, on the FLG-STO-002 fail fixture. */
class ReportsTest {
  private static RuleEngine.Report report(Stage stage) {
    Path d = RuleFixtures.ROOT.resolve("FLG-STO-002");
    var plan = RuleFixtures.plan(d.resolve("fail.yaml"), d.resolve("fail.patch.json"));
    return RuleEngine.run(
        List.of(RuleCatalog.byId("FLG-STO-002").orElseThrow()),
        plan,
        stage,
        p -> new Location("fail.yaml", 27, 5),
        true);
  }

  @Test
  void textGroupsBySeverityWithTheTopologyLine() {
    assertEquals(
        String.join(
            "\n",
            "HIGH (1)",
            "  FLG-STO-002 stfxisosilobc2u8r allows shared key access (allowSharedKeyAccess: true)",
            "    fail.yaml:27:5: silos[1].storage · A storage account accepts shared keys",
            "1 finding(s), 0 suppressed, at run stage; 1 at or above --fail-on high",
            ""),
        FindingsReport.text(
            report(Stage.RUN), Stage.RUN, Severity.HIGH, FindingsReport.Paint.NONE));
  }

  @Test
  void checkingAnotherStageAddsReadiness() {
    String t =
        FindingsReport.text(
            report(Stage.RUN), Stage.WALK, Severity.HIGH, FindingsReport.Paint.NONE);
    assertTrue(
        t.endsWith(
            "Readiness for the run checkpoint: not ready, 1 open finding(s) (0 critical, 1 high, 0 medium, 0 low) across 1 rule(s): FLG-STO-002.\n"),
        t);
  }

  @Test
  void jsonCarriesLocationAndSeverity() {
    JsonNode j =
        JsonMapper.shared()
            .readTree(FindingsReport.json(report(Stage.CRAWL), "fail.yaml", Severity.HIGH));
    assertEquals(0, j.get("failing").asInt());
    JsonNode f = j.get("findings").get(0);
    assertEquals("FLG-STO-002", f.get("ruleId").asString());
    assertEquals("medium", f.get("severity").asString());
    assertEquals(27, f.get("line").asInt());
    assertEquals("silos[1].storage", f.get("path").asString());
  }

  @Test
  void sarifValidatesAndHasOneRuleEntryPerCatalogueRule() {
    String sarif = Sarif.render(report(Stage.RUN), RuleCatalog.ALL, "flgen test", "fail.yaml");
    List<String> problems =
        YamlSchemaValidator.validate(
            Path.of("schemas/sarif-2.1.0-subset.schema.json"), JsonMapper.shared().readTree(sarif));
    assertEquals(List.of(), problems);
    JsonNode run = JsonMapper.shared().readTree(sarif).get("runs").get(0);
    assertEquals(RuleCatalog.ALL.size(), run.get("tool").get("driver").get("rules").size());
    JsonNode r = run.get("results").get(0);
    assertEquals("error", r.get("level").asString());
    assertEquals("8.0", r.get("properties").get("security-severity").asString());
    assertEquals(
        27,
        r.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
  }

  @Test
  void sarifFingerprintsAreStableAcrossRunsAndLines() {
    String a = Sarif.render(report(Stage.RUN), RuleCatalog.ALL, "v", "fail.yaml");
    String b = Sarif.render(report(Stage.RUN), RuleCatalog.ALL, "v", "fail.yaml");
    assertEquals(a, b);
    JsonNode fa =
        JsonMapper.shared()
            .readTree(a)
            .get("runs")
            .get(0)
            .get("results")
            .get(0)
            .get("partialFingerprints");
    assertEquals(32, fa.get("flgenFinding/v1").asString().length());
  }

  @Test
  void theSubsetSchemaRejectsAMisspeltKey() {
    String sarif =
        Sarif.render(report(Stage.RUN), RuleCatalog.ALL, "v", "fail.yaml")
            .replace("\"ruleId\"", "\"rule_id\"");
    assertTrue(
        !YamlSchemaValidator.validate(
                Path.of("schemas/sarif-2.1.0-subset.schema.json"),
                JsonMapper.shared().readTree(sarif))
            .isEmpty());
  }
}
