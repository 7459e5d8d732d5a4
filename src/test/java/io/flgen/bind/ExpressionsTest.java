package io.flgen.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flgen.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Azure ML expressions ({@code ${{...}}}) are rejected anywhere in a topology (issue 10). */
class ExpressionsTest {
  private static List<Diagnostic> load(String from, String to) throws IOException {
    String text =
        Files.readString(Path.of("blueprints/crawl-sandbox.yaml"), StandardCharsets.UTF_8);
    String changed = text.replace(from, to);
    assertEquals(false, changed.equals(text), "the blueprint changed");
    return TopologyLoader.load(
            changed.getBytes(StandardCharsets.UTF_8), "t.yaml", LocalDate.of(2026, 1, 1))
        .diagnostics();
  }

  @Test
  void theReportedParameter() throws IOException {
    List<Diagnostic> d =
        load("    epochs: 4\n", "    epochs: ${{parent.jobs.preprocess_x.outputs.y}}\n");
    assertEquals(1, d.size());
    assertEquals("FLG128", d.get(0).code());
    assertEquals("t.yaml:99:13", d.get(0).location().toString());
    assertEquals("job.parameters.epochs", d.get(0).path());
  }

  @Test
  void aKeyIsReportedAtTheKey() throws IOException {
    List<Diagnostic> d =
        load("    owner: ml-platform\n", "    owner: ml-platform\n    \"${{inputs.x}}\": y\n");
    assertEquals(1, d.size());
    assertEquals("t.yaml:17:5", d.get(0).location().toString());
    assertEquals("metadata.tags[\"${{inputs.x}}\"]", d.get(0).path());
    assertEquals(
        "the key holds the Azure ML expression '${{inputs.x}}'; Azure ML evaluates expressions in the"
            + " YAML flgen writes (one could wire another step's data into this one), so no topology value"
            + " may hold one: remove '${{'",
        d.get(0).message());
  }

  @Test
  void dollarSignsThatAreNotExpressionsAreFine() throws IOException {
    assertEquals(
        List.of(),
        load("    owner: ml-platform\n", "    owner: ml-$platform ${x} {{y}} $ {{z}}\n"));
  }

  @Test
  void anUnclosedExpressionIsReportedToo() throws IOException {
    List<Diagnostic> d = load("    owner: ml-platform\n", "    owner: ml ${{inputs.x\n");
    assertEquals(1, d.size());
    assertEquals("metadata.tags.owner", d.get(0).path());
  }
}
