package io.flgen.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The suite's own machinery: reproducible cases, a stack-trace detector that sees traces. */
class FuzzTest {
  @Test
  void aCaseIsAFunctionOfSeedAndNumber() {
    assertEquals(MutationCorpusTest.mutant(4321), MutationCorpusTest.mutant(4321));
    assertEquals(TopologyPropertiesTest.generated(77), TopologyPropertiesTest.generated(77));
    assertEquals(
        Topologies.yaml(
            Topologies.variant(
                TopologyPropertiesTest.random("security", 5), true, new ArrayList<>())),
        Topologies.yaml(
            Topologies.variant(
                TopologyPropertiesTest.random("security", 5), true, new ArrayList<>())));
  }

  @Test
  void stackTracesAreSeenAndDiagnosticsAreNot() {
    StringWriter trace = new StringWriter();
    new IllegalStateException("boom").printStackTrace(new PrintWriter(trace));
    assertTrue(Fuzz.hasStackTrace("flgen: internal error\n" + trace));
    assertFalse(
        Fuzz.hasStackTrace(
            "t.yaml:3:5: job.rounds: 'at x(y)' is not valid; expected an integer\n1 error(s) in t.yaml\n"));
  }

  @Test
  void theBlueprintsSurviveTheRoundTripThroughTheGenerators() {
    for (String b : Topologies.BLUEPRINTS) {
      assertTrue(Stages.valid(Topologies.yaml(Topologies.blueprint(b))).isPresent(), b);
    }
  }
}
