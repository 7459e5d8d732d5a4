package io.flgen.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.golden.Blueprints;
import io.flgen.render.GeneratedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The starter kit: written byte-identically from the jar, the same specs for every topology, linted
 * and unit-tested.
 */
class StarterKitTest {
  static final Path KIT = Path.of("src/main/resources/starter-kit");
  static final List<String> STEPS =
      List.of("aggregate", "evaluate", "parity", "preprocess", "train");

  @Test
  void pythonSourcesAreWrittenByteIdenticallyIntoEveryComponentFolder() throws IOException {
    Map<String, String> files = Blueprints.render("crawl-sandbox").asMap();
    TreeSet<String> kit = new TreeSet<>();
    files.keySet().stream().filter(p -> p.startsWith("aml/components/")).forEach(kit::add);
    TreeSet<String> expected = new TreeSet<>();
    for (String s : STEPS) {
      String dir = "aml/components/" + s + "/";
      expected.addAll(
          List.of(dir + "spec.yaml", dir + s + ".py", dir + "flkit.py", dir + "conda.yaml"));
      assertEquals(Files.readString(KIT.resolve(s + ".py")), files.get(dir + s + ".py"));
      assertEquals(Files.readString(KIT.resolve("flkit.py")), files.get(dir + "flkit.py"));
      assertEquals(Files.readString(KIT.resolve("conda.yaml")), files.get(dir + "conda.yaml"));
    }
    assertEquals(expected, kit);
  }

  @Test
  void everyRenderedSpecFollowsTheContractSchema() throws IOException {
    var json = tools.jackson.databind.json.JsonMapper.builder().build();
    var contract =
        (tools.jackson.databind.node.ObjectNode)
            json.readTree(Files.readString(Path.of("schemas/components.schema.json")));
    Map<String, String> files = Blueprints.render("run-hybrid").asMap();
    for (String s : STEPS) {
      var schema = json.createObjectNode();
      schema.put("$schema", contract.get("$schema").asString());
      schema.set("$defs", contract.get("$defs"));
      schema.put("$ref", "#/$defs/" + s);
      Path file = Files.createTempFile("contract-" + s, ".json");
      Files.writeString(file, schema.toString());
      assertEquals(
          List.of(),
          io.flgen.schemas.YamlSchemaValidator.validateYamlText(
              file, files.get("aml/components/" + s + "/spec.yaml")),
          s);
      // and the contract is not vacuous: a train spec without its checkpoint input fails it
      if (s.equals("train")) {
        String broken =
            files
                .get("aml/components/train/spec.yaml")
                .replace("  checkpoint:\n", "  checkpoint_x:\n");
        assertTrue(!io.flgen.schemas.YamlSchemaValidator.validateYamlText(file, broken).isEmpty());
      }
      Files.delete(file);
    }
  }

  @Test
  void everyBlueprintCallsTheSameComponentSpecs() {
    Map<String, String> first = null;
    for (String b : Blueprints.renderable()) {
      GeneratedFiles g = Blueprints.render(b);
      Map<String, String> specs = new TreeMap<>();
      g.asMap()
          .forEach(
              (p, c) -> {
                if (p.startsWith("aml/components/")) {
                  specs.put(p, c);
                }
              });
      String pipeline = g.asMap().get("aml/pipeline.yaml");
      TreeSet<String> called = new TreeSet<>();
      pipeline
          .lines()
          .filter(l -> l.startsWith("    component: "))
          .forEach(l -> called.add(l.substring(15)));
      // a topology without datastore silos has no preprocess step: every silo preprocesses in train
      assertTrue(
          STEPS.stream().map(s -> "components/" + s + "/spec.yaml").toList().containsAll(called)
              && called.containsAll(
                  List.of(
                      "components/train/spec.yaml",
                      "components/aggregate/spec.yaml",
                      "components/evaluate/spec.yaml",
                      "components/parity/spec.yaml")),
          b + ": " + called);
      if (first == null) {
        first = specs;
      } else {
        assertEquals(first, specs, b + " renders different component specs");
      }
    }
  }

  private static io.flgen.bind.TopologyLoader.Result loadEdited(String from, String to)
      throws IOException {
    String text = Files.readString(Path.of("blueprints/crawl-sandbox.yaml"));
    assertTrue(text.contains(from), from);
    Path topo = Files.createTempDirectory("flgen-kit").resolve("crawl.yaml");
    Files.writeString(topo, text.replace(from, to));
    return io.flgen.bind.TopologyLoader.load(
        topo, "crawl.yaml", java.time.LocalDate.of(2026, 11, 28));
  }

  @Test
  void withoutComponentsTheKitIsTheDefault() throws IOException {
    var r = loadEdited("  example: digits", "  #");
    assertTrue(r.ok(), () -> r.diagnostics().toString());
    assertEquals(
        io.flgen.model.Job.Components.starterKit("digits"), r.topology().job().components());
  }

  @Test
  void theKitRefusesAParameterItsComponentsDoNotDeclare() throws IOException {
    var r = loadEdited("    batch_size: 32", "    batch_size: 32\n    momentum: 0.9");
    assertEquals(
        List.of(
            "job.parameters.momentum: the starter kit's train component has no input 'momentum'; "
                + "expected one of batch_size, epochs, learning_rate, seed (or set job.components to your own components)"),
        r.diagnostics().stream().map(d -> d.path() + ": " + d.message()).toList());
  }

  @Test
  void ownComponentsRenderNoKit() throws IOException {
    String text =
        Files.readString(Path.of("blueprints/crawl-sandbox.yaml"))
            .replace(
                "  example: digits",
                "  components:\n    preprocess: mine/p.yaml\n    train: mine/t.yaml\n    aggregate: mine/a.yaml\n  #");
    Path dir = Files.createTempDirectory("flgen-own");
    Path topo = dir.resolve("own.yaml");
    Files.writeString(topo, text);
    var r =
        io.flgen.bind.TopologyLoader.load(topo, "own.yaml", java.time.LocalDate.of(2026, 11, 28));
    assertTrue(r.ok(), () -> r.diagnostics().toString());
    var files =
        io.flgen.render.Renderer.render(
            io.flgen.plan.Planner.plan(r.topology()), Blueprints.GENERATOR, r.source());
    assertTrue(files.asMap().keySet().stream().noneMatch(p -> p.startsWith("aml/components/")));
    String pipeline = files.asMap().get("aml/pipeline.yaml");
    assertTrue(
        pipeline.contains("component: mine/t.yaml") && !pipeline.contains("evaluate_"), pipeline);
  }

  @Test
  void kitPassesRuffAndPytest() throws IOException {
    String python = PythonEnv.require();
    PythonEnv.Result lint =
        PythonEnv.run(
            List.of(
                python,
                "-m",
                "ruff",
                "check",
                "--no-cache",
                "src/main/resources/starter-kit",
                "src/test/python",
                "tools/python"),
            Path.of("."),
            300);
    assertEquals(0, lint.exit(), lint.output());
    PythonEnv.Result tests =
        PythonEnv.run(
            List.of(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "src/test/python"),
            Path.of("."),
            600);
    assertEquals(0, tests.exit(), tests.output());
    assertTrue(tests.output().contains("9 passed"), tests.output());
  }
}
