package io.flgen.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.diag.Diagnostic;
import io.flgen.plan.Plan;
import io.flgen.terms.Stage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** The stage sequence load → bind → name check → zone check → plan, owned by Compilation. */
class CompilationTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static final Path ZONES_MISSING =
      Path.of("src/test/resources/topologies/invalid/existing-zone-missing.yaml");

  private static Compilation blueprint(String name) {
    Path p = Path.of("blueprints", name + ".yaml");
    return Compilation.of(p, p.toString(), TODAY);
  }

  @Test
  void theZoneCheckAndEveryReaderShareOnePlan() {
    // the zone check of a hub-provided-zones topology plans it; the plan it read is the one kept
    Compilation c = Compilation.of(ZONES_MISSING, "t.yaml", TODAY);
    List<String> zones = c.diagnostics().stream().map(Diagnostic::code).distinct().toList();
    assertEquals(List.of("FLG203"), zones);
    assertEquals(5, c.diagnostics().size());
    assertSame(c.plan(), c.plan());

    Compilation valid = blueprint("run-eyes-off");
    assertTrue(valid.ok(), valid.diagnostics().toString());
    assertSame(valid.plan(), valid.plan());
    assertSame(valid.plan(), valid.planAt(Stage.RUN));
  }

  @Test
  void aLoadErrorStopsBeforeTheNameCheckAndLeavesNothingToPlan() {
    Compilation c =
        Compilation.of("metadata: [".getBytes(StandardCharsets.UTF_8), "broken.yaml", TODAY);
    assertTrue(!c.ok() && c.topology() == null);
    assertEquals("broken.yaml", c.diagnostics().get(0).location().file());
    assertEquals(List.of(), c.unsupported());
    assertThrows(IllegalStateException.class, c::plan);
  }

  @Test
  void anotherStagePlansTheTopologyAsIfItSaidThatStage() {
    Compilation c = blueprint("crawl-sandbox");
    assertEquals(Stage.CRAWL, c.stage());
    Plan run = c.planAt(Stage.RUN);
    assertEquals(Stage.RUN, run.stage());
    assertEquals(Stage.CRAWL, c.plan().stage());
    assertEquals(c.plan().context().name(), run.context().name());
  }

  @Test
  void aRecordedTopologyThatNoLongerPassesTheSchemaIsNotPlanned() {
    var mapper = new ObjectMapper();
    StringBuilder problem = new StringBuilder();
    Optional<Plan> none =
        Compilation.ofRecorded(mapper.readTree("{\"metadata\": 3}"), "m.json", problem);
    assertTrue(none.isEmpty());
    assertTrue(!problem.isEmpty());

    // the manifest records the document as read
    var recorded = blueprint("run-eyes-off").source();
    StringBuilder ok = new StringBuilder();
    Plan plan = Compilation.ofRecorded(recorded, "m.json", ok).orElseThrow();
    assertEquals("", ok.toString());
    assertEquals(blueprint("run-eyes-off").plan().context(), plan.context());
  }
}
