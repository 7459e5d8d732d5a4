package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.golden.Blueprints;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The stage gates of the acceptance criteria, through the CLI. */
class StageGateTest {
  record Run(int code, String out, String err) {}

  static Run flgen(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = Flgen.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static java.util.List<String> blueprints() {
    return Blueprints.all();
  }

  @ParameterizedTest
  @MethodSource("blueprints")
  void everyBlueprintIsCleanAtItsOwnStage(String name) {
    Run r = flgen("validate", "--no-color", "--fail-on", "low", "blueprints/" + name + ".yaml");
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("\n0 finding(s), "), r.out());
  }

  @Test
  void aRunBlueprintLoosenedToOpenHasFindingsAndExitsOne(@TempDir Path tmp) throws IOException {
    String loose =
        Files.readString(Path.of("blueprints/run-eyes-off.yaml"))
            .replace("mode: vnet", "mode: open")
            .replaceAll("(?m)^\\s*addressSpace: .*\\n", "");
    Path f = tmp.resolve("loose.yaml");
    Files.writeString(f, loose);
    Run r = flgen("validate", "--no-color", f.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.out().contains("FLG-ISO-005"), r.out());
    assertTrue(r.out().contains("FLG-CMP-004"), r.out());
  }

  @Test
  void aCrawlBlueprintCheckedAtRunExitsOneWithReadiness() {
    Run r = flgen("validate", "--no-color", "--stage", "run", "blueprints/crawl-sandbox.yaml");
    assertEquals(1, r.code(), r.out());
    assertTrue(r.out().contains("Readiness for the run checkpoint: not ready, "), r.out());
  }

  @Test
  void badStageIsAUsageError() {
    Run r = flgen("validate", "--stage", "sprint", "blueprints/crawl-sandbox.yaml");
    assertEquals(2, r.code());
    assertEquals("flgen: --stage must be crawl, walk or run, got 'sprint'\n", r.err());
  }
}
