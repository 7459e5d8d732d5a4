package io.flgen.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.cli.Flgen;
import io.flgen.simulate.SimulationException;
import io.flgen.simulate.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * flgen simulate: runs the rendered pipeline under the access matrix, and denies what it does not
 * grant.
 */
class SimulateTest {
  @TempDir static Path tmp;
  static Path rendered;

  @BeforeAll
  static void render() {
    rendered = tmp.resolve("rendered");
    assertEquals(
        0,
        Flgen.commandLine()
            .setOut(new PrintWriter(new StringWriter()))
            .execute("render", "blueprints/crawl-sandbox.yaml", "-o", rendered.toString()));
  }

  /** A copy of the rendered folder, to edit. */
  static Path copy(String name) throws IOException {
    return copy(rendered, name);
  }

  /** A copy of a folder, to edit. */
  static Path copy(Path from, String name) throws IOException {
    Path to = tmp.resolve(name);
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }

  static Simulator.Options options(int rounds) {
    return new Simulator.Options(rounds, 2, PythonEnv.require(), false);
  }

  @Test
  void crawlSandboxRunsOneRoundGreenThroughTheCliAndItsMetricsAreTheSameTwice() throws Exception {
    PythonEnv.require();
    Path out = tmp.resolve("green");
    StringWriter text = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Flgen.commandLine()
            .setOut(new PrintWriter(text))
            .setErr(new PrintWriter(err))
            .execute(
                "simulate", "blueprints/crawl-sandbox.yaml", "-o", out.toString(), "--rounds", "1");
    assertEquals(0, exit, text + "\n" + err);
    assertTrue(
        text.toString().startsWith("simulate: " + Simulator.mode() + "; python "), text.toString());
    assertTrue(
        text.toString()
            .contains(
                "simulated 12 step(s) over 1 round(s) -> "
                    + out.toAbsolutePath().normalize()
                    + "\n  round 1/1: aggregate_r1 averaged 3 update(s) over 1347 samples\n| silo | test samples | global | local_only | baseline |"),
        text.toString());
    for (String f : List.of("parity.json", "parity.md", "metrics.json", Simulator.MARKER)) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    assertTrue(Files.readString(out.resolve("metrics.json")).contains("\"aggregate_r1\""));
    // nothing left beside the result: no temporary sibling
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(
          List.of(), s.filter(p -> p.getFileName().toString().contains("flgen-sim")).toList());
    }
    // seeded: the same folder simulated again gives byte-identical metrics and parity
    Path again = tmp.resolve("again");
    Simulator.run(rendered, again, options(1), new PrintWriter(new StringWriter()));
    for (String f : List.of("parity.json", "parity.md", "metrics.json")) {
      assertEquals(Files.readString(out.resolve(f)), Files.readString(again.resolve(f)), f);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void threeRoundsOfFederatedLearningBeatEverySilosLocalOnlyModel() throws Exception {
    Path out = tmp.resolve("three-rounds");
    Simulator.Result r =
        Simulator.run(rendered, out, options(0), new PrintWriter(new StringWriter()));
    assertEquals(3, r.rounds());
    assertEquals(
        20,
        r.steps().size()); // 3 preprocess, 3 x (3 train + aggregate), baseline, 3 evaluate, parity
    var parity =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readValue(Files.readString(out.resolve("parity.json")), java.util.Map.class);
    List<java.util.Map<String, Object>> silos =
        (List<java.util.Map<String, Object>>) parity.get("silos");
    assertEquals(3, silos.size());
    for (var silo : silos) {
      var acc = (java.util.Map<String, Number>) silo.get("accuracy");
      // the non-IID split: the federated model beats each silo's local-only model by a margin
      assertTrue(
          acc.get("global").doubleValue() > acc.get("local_only").doubleValue() + 0.05,
          silo.toString());
    }
    // and over all silos it is within 5 points of the baseline trained on the pooled data
    var all = (java.util.Map<String, Number>) parity.get("weighted_mean");
    double gap = all.get("baseline").doubleValue() - all.get("global").doubleValue();
    assertTrue(gap < 0.05, "baseline - global = " + gap + " in " + parity);
  }

  @Test
  void aMissingPackageIsNamedWithHowToInstallIt() throws Exception {
    PythonEnv.require();
    Path broken = copy("no-package");
    Files.writeString(
        broken.resolve("aml/components/preprocess/preprocess.py"),
        "import flgen_no_such_package\n");
    SimulationException e =
        assertThrows(
            SimulationException.class,
            () ->
                Simulator.run(
                    broken,
                    tmp.resolve("np"),
                    new Simulator.Options(1, 1, PythonEnv.require(), false),
                    new PrintWriter(new StringWriter())));
    assertTrue(
        e.getMessage()
            .contains(
                "\nstep preprocess_silo_a: the Python at "
                    + PythonEnv.require()
                    + " lacks the package 'flgen_no_such_package': create it with python3 -m venv .venv && .venv/bin/pip install"
                    + " -r requirements.txt, or set FLGEN_PYTHON\n"),
        e.getMessage());
  }

  @Test
  void theNosyTrainComponentCannotReadAnotherSilosData() throws Exception {
    PythonEnv.require();
    Path nosy = copy("nosy");
    Files.copy(
        Path.of("src/test/resources/simulate/nosy_train.py"),
        nosy.resolve("aml/components/train/train.py"),
        StandardCopyOption.REPLACE_EXISTING);
    Path out = tmp.resolve("nosy-out");
    SimulationException e =
        assertThrows(
            SimulationException.class,
            () ->
                Simulator.run(
                    nosy,
                    out,
                    new Simulator.Options(1, 1, PythonEnv.require(), false),
                    new PrintWriter(new StringWriter())));
    String msg = e.getMessage();
    assertTrue(e.stepFailed());
    assertTrue(
        msg.startsWith(
            "step train_silo_a_r1 (identity id-flcrawl-silo-a) failed with exit code 1\n"
                + "step train_silo_a_r1 (identity id-flcrawl-silo-a) opened container stflcrawlsilobih1rs/data, which is not in"
                + " its sandbox: the access matrix has no row id-flcrawl-silo-a -> stflcrawlsilobih1rs/data\n"
                + "stderr of train_silo_a_r1 (last 20 lines):\n"),
        msg);
    assertTrue(msg.contains("No such file or directory"), msg);
    assertTrue(msg.contains("nosy: walked "), msg);
    if (Simulator.namespaces()) {
      // the walk found nothing; copy mode only hides the store from a walk
      // (docs/commands/simulate.md)
      assertFalse(msg.contains("READ "), msg);
    }
    assertFalse(Files.exists(out));
  }

  @Test
  void aFailingComponentIsNamedWithTheTailOfItsStderr() throws Exception {
    PythonEnv.require();
    Path broken = copy("broken");
    Files.writeString(
        broken.resolve("aml/components/preprocess/preprocess.py"),
        "import sys\nfor i in range(1, 31):\n    print(f'line {i}', file=sys.stderr)\nsys.exit(3)\n");
    Path out = tmp.resolve("broken-out");
    SimulationException e =
        assertThrows(
            SimulationException.class,
            () ->
                Simulator.run(
                    broken,
                    out,
                    new Simulator.Options(1, 1, PythonEnv.require(), false),
                    new PrintWriter(new StringWriter())));
    StringBuilder tail = new StringBuilder();
    for (int i = 11; i <= 30; i++) {
      tail.append("\nline ").append(i);
    }
    assertEquals(
        "step preprocess_silo_a (identity id-flcrawl-silo-a) failed with exit code 3\n"
            + "stderr of preprocess_silo_a (last 20 lines):"
            + tail,
        e.getMessage());
    assertFalse(Files.exists(out));
  }

  /** Simulating {@code folder} fails on its input, before any step (or Python) runs. */
  static SimulationException refusedBeforeAnyStep(Path folder, String out) {
    SimulationException e =
        assertThrows(
            SimulationException.class,
            () ->
                Simulator.run(
                    folder,
                    tmp.resolve(out),
                    new Simulator.Options(0, 1, "python3", false),
                    new PrintWriter(new StringWriter())));
    assertFalse(e.stepFailed());
    return e;
  }

  @Test
  void aDataAssetWithoutItsFileIsNamedBeforeAnythingRuns() throws Exception {
    // run-eyes-off reads its silos' data through assets: simulate resolves each through aml/data/
    Path edited = copy(Path.of("generated-samples/run-eyes-off"), "no-asset");
    Files.delete(edited.resolve("aml/data/hospital-b-test.yaml"));
    SimulationException e = refusedBeforeAnyStep(edited, "y");
    assertEquals(
        edited.resolve("aml/pipeline.yaml")
            + ": jobs.preprocess_hospital_b.inputs.raw_testing_data: data asset hospital-b-test:1"
            + " has no file in aml/data/",
        e.getMessage());
  }

  @Test
  void aMissingAccessMatrixRowIsNamedBeforeAnythingRuns() throws Exception {
    Path edited = copy("no-row");
    Path manifest = edited.resolve("flgen-manifest.json");
    var json = tools.jackson.databind.json.JsonMapper.builder().build();
    var root = (tools.jackson.databind.node.ObjectNode) json.readTree(Files.readString(manifest));
    var rows = (tools.jackson.databind.node.ArrayNode) root.get("accessMatrix");
    for (int i = rows.size() - 1; i >= 0; i--) {
      if (rows.get(i).get("principal").asString().equals("id-flcrawl-silo-b")
          && rows.get(i).get("target").asString().equals("stflcrawlorchih1rs/global-model")) {
        rows.remove(i);
      }
    }
    Files.writeString(manifest, root.toString());
    SimulationException e = refusedBeforeAnyStep(edited, "x");
    assertEquals(
        String.join(
            "\n",
            "step train_silo_b_r2 (identity id-flcrawl-silo-b) needs read access to container stflcrawlorchih1rs/global-model"
                + " for its input checkpoint: the access matrix has no row id-flcrawl-silo-b -> stflcrawlorchih1rs/global-model (read)",
            "step train_silo_b_r3 (identity id-flcrawl-silo-b) needs read access to container stflcrawlorchih1rs/global-model"
                + " for its input checkpoint: the access matrix has no row id-flcrawl-silo-b -> stflcrawlorchih1rs/global-model (read)",
            "step evaluate_silo_b (identity id-flcrawl-silo-b) needs read access to container stflcrawlorchih1rs/global-model"
                + " for its input global_model: the access matrix has no row id-flcrawl-silo-b -> stflcrawlorchih1rs/global-model (read)",
            "step evaluate_silo_b (identity id-flcrawl-silo-b) needs read access to container stflcrawlorchih1rs/global-model"
                + " for its input baseline_model: the access matrix has no row id-flcrawl-silo-b -> stflcrawlorchih1rs/global-model (read)"),
        e.getMessage());
  }

  @Test
  void aFolderSimulateDidNotWriteIsNeverReplaced() throws Exception {
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "keep");
    StringWriter err = new StringWriter();
    int exit =
        Flgen.commandLine()
            .setOut(new PrintWriter(new StringWriter()))
            .setErr(new PrintWriter(err))
            .execute("simulate", "blueprints/crawl-sandbox.yaml", "-o", mine.toString());
    assertEquals(2, exit);
    assertEquals(
        "flgen: "
            + mine
            + " exists and is not a folder flgen simulate wrote (no flgen-simulation.json):"
            + " choose another -o\n",
        err.toString());
    assertEquals("keep", Files.readString(mine.resolve("notes.txt")));
  }

  @Test
  void aMissingPythonIsSaidClearly() throws Exception {
    SimulationException e =
        assertThrows(
            SimulationException.class,
            () ->
                Simulator.run(
                    rendered,
                    tmp.resolve("nopy"),
                    new Simulator.Options(1, 1, "/nonexistent/python", false),
                    new PrintWriter(new StringWriter())));
    assertTrue(
        e.getMessage().startsWith("no Python found at /nonexistent/python ("), e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith(
                "create it with python3 -m venv .venv && .venv/bin/pip install -r requirements.txt,"
                    + " or set FLGEN_PYTHON"),
        e.getMessage());
  }

  /**
   * Every blueprint runs a round, external and cross-tenant silos simulated as their own storage
   * and identities.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("io.flgen.golden.Blueprints#renderable")
  void everyBlueprintRunsOneRound(String blueprint) throws Exception {
    PythonEnv.require();
    Path out = tmp.resolve("every-" + blueprint);
    StringWriter text = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Flgen.commandLine()
            .setOut(new PrintWriter(text))
            .setErr(new PrintWriter(err))
            .execute(
                "simulate",
                "blueprints/" + blueprint + ".yaml",
                "-o",
                out.toString(),
                "--rounds",
                "1");
    assertEquals(0, exit, text + "\n" + err);
    assertTrue(text.toString().contains("  round 1/1: aggregate_r1 averaged "), text.toString());
    assertTrue(Files.isRegularFile(out.resolve("parity.json")), blueprint);
  }
}
