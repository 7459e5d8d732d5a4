package io.flgen.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.golden.Blueprints;
import io.flgen.render.GeneratedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Microsoft's azure-ai-ml client loads every rendered pipeline, component, datastore and data asset
 * YAML of every blueprint ({@code load_job}, {@code load_component}, {@code load_datastore}, {@code
 * load_data}), in one Python process, and checks each step's inputs against its component's
 * declared inputs.
 */
class AzureMlClientTest {
  static final String LOADER = Path.of("tools/python/aml_load.py").toAbsolutePath().toString();

  static Path write(GeneratedFiles files, Path dir) throws IOException {
    for (Map.Entry<String, String> e : files.asMap().entrySet()) {
      if (!e.getKey().startsWith("aml/")) {
        continue;
      }
      Path p = dir.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue());
    }
    return dir;
  }

  @Test
  void everyBlueprintLoadsInAzureAiMl(@TempDir Path tmp) throws IOException {
    String python = PythonEnv.require();
    List<String> cmd = new ArrayList<>(List.of(python, LOADER));
    int expected = 0;
    for (String b : Blueprints.renderable()) {
      GeneratedFiles files = Blueprints.render(b);
      expected +=
          (int)
              files.asMap().keySet().stream()
                  .filter(
                      p -> p.startsWith("aml/") && p.endsWith(".yaml") && !p.endsWith("conda.yaml"))
                  .count();
      cmd.add(write(files, tmp.resolve(b)).toString());
    }
    PythonEnv.Result r = PythonEnv.run(cmd, tmp, 600);
    String fails =
        r.output()
            .lines()
            .filter(l -> l.startsWith("FAIL") || l.startsWith("loaded"))
            .collect(Collectors.joining("\n"));
    assertEquals("loaded " + expected + " file(s), 0 failed", fails);
    assertEquals(0, r.exit());
    assertTrue(
        cmd.stream().anyMatch(d -> Files.isDirectory(Path.of(d, "aml/data"))),
        "some blueprint renders data assets");
    assertTrue(
        expected >= 7 * 8,
        "every blueprint has a pipeline, five components and datastores: " + expected);
  }

  @Test
  void aStepWhoseInputsDoNotMatchItsComponentFails(@TempDir Path tmp) throws IOException {
    String python = PythonEnv.require();
    Path dir = write(Blueprints.render("crawl-sandbox"), tmp.resolve("crawl"));
    Path pipeline = dir.resolve("aml/pipeline.yaml");
    String text = Files.readString(pipeline);
    String broken = text.replaceFirst("\n      iteration_num: 2\n", "\n      iteration_no: 2\n");
    assertTrue(!broken.equals(text));
    Files.writeString(pipeline, broken);
    PythonEnv.Result r = PythonEnv.run(List.of(python, LOADER, dir.toString()), tmp, 300);
    List<String> fails = r.output().lines().filter(l -> l.startsWith("FAIL")).toList();
    assertEquals(
        List.of(
            "FAIL "
                + pipeline
                + ": step train_silo_a_r2 sets input iteration_no, which its component does not declare",
            "FAIL "
                + pipeline
                + ": step train_silo_a_r2 leaves required input iteration_num of its component unset"),
        fails);
    assertEquals(1, r.exit());
  }
}
