package io.flgen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.diag.Location;
import io.flgen.plan.Plan;
import io.flgen.terms.Stage;
import io.flgen.terms.Waiver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stage severities and waivers, on the FLG-STO-002 fail fixture. */
class RuleEngineTest {
  private static final Path DIR = RuleFixtures.ROOT.resolve("FLG-STO-002");
  private static final Rule RULE = RuleCatalog.byId("FLG-STO-002").orElseThrow();

  private static Plan plan() {
    return RuleFixtures.plan(DIR.resolve("fail.yaml"), DIR.resolve("fail.patch.json"));
  }

  private static RuleEngine.Report run(Plan p, Stage stage, boolean waivers) {
    return RuleEngine.run(List.of(RULE), p, stage, path -> new Location("t.yaml", 7, 3), waivers);
  }

  @Test
  void severityFollowsTheCheckedStage() {
    assertEquals(Severity.MEDIUM, run(plan(), Stage.CRAWL, true).results().get(0).severity());
    assertEquals(Severity.HIGH, run(plan(), Stage.RUN, true).results().get(0).severity());
  }

  @Test
  void offAtAStageMeansNoResult() {
    Rule offAtCrawl =
        RuleCatalog.ALL.stream()
            .filter(r -> r.info().crawl() == Level.OFF)
            .findFirst()
            .orElse(null);
    if (offAtCrawl == null) {
      return; // nothing to show until a rule is off at crawl
    }
    Path d = RuleFixtures.ROOT.resolve(offAtCrawl.info().id());
    Plan p = RuleFixtures.plan(d.resolve("fail.yaml"), d.resolve("fail.patch.json"));
    assertEquals(
        List.of(),
        RuleEngine.run(List.of(offAtCrawl), p, Stage.CRAWL, x -> new Location("t", 1, 1), true)
            .results());
  }

  @Test
  void failOnThresholdCountsOnlyUnsuppressedResultsAtOrAbove() {
    RuleEngine.Report r = run(plan(), Stage.CRAWL, true);
    assertEquals(0, r.failing(Severity.HIGH).size());
    assertEquals(1, r.failing(Severity.MEDIUM).size());
  }

  private static Plan waived(String target, LocalDate expires) {
    Plan p = plan();
    var w =
        new Waiver(
            "FLG-STO-002",
            target,
            "Legacy tool needs keys until 2027; approved by security (ticket SEC-42)",
            expires);
    return p.withWaivers(List.of(w));
  }

  @Test
  void aWaiverOnTheTargetSuppressesButKeepsTheResult() {
    RuleEngine.Report r =
        run(waived("stfxisosilobc2u8r", LocalDate.of(2099, 1, 1)), Stage.RUN, true);
    assertEquals(1, r.results().size());
    assertTrue(r.results().get(0).suppressed());
    assertEquals(
        "Legacy tool needs keys until 2027; approved by security (ticket SEC-42)",
        r.results().get(0).suppression().orElseThrow().justification());
    assertEquals(List.of(), r.failing(Severity.LOW));
  }

  @Test
  void aWaiverOnAnAncestorPathApplies() {
    assertTrue(
        run(waived("silos[1]", LocalDate.of(2099, 1, 1)), Stage.RUN, true)
            .results()
            .get(0)
            .suppressed());
  }

  @Test
  void aWaiverOnAnotherTargetDoesNot() {
    assertTrue(
        !run(waived("silos[0]", LocalDate.of(2099, 1, 1)), Stage.RUN, true)
            .results()
            .get(0)
            .suppressed());
  }

  @Test
  void noWaiversIgnoresThemAll() {
    RuleEngine.Report r =
        run(waived("stfxisosilobc2u8r", LocalDate.of(2099, 1, 1)), Stage.RUN, false);
    assertTrue(!r.results().get(0).suppressed());
    assertEquals(1, r.failing(Severity.HIGH).size());
  }
}
