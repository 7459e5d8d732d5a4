package io.flgen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.bind.TopologyLoader;
import io.flgen.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Topologies are read as YAML 1.2 with the core schema (issue 15): {@code no}, {@code on} and
 * {@code yes} are strings, only {@code true}/{@code false} are booleans.
 */
class Yaml12Test {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private static String crawl() throws IOException {
    return Files.readString(Path.of("blueprints/crawl-sandbox.yaml"), StandardCharsets.UTF_8);
  }

  private static TopologyLoader.Result load(String text) {
    return TopologyLoader.load(text.getBytes(StandardCharsets.UTF_8), "t.yaml", TODAY);
  }

  private static JsonNode read(String text) {
    YamlReader.Result r = YamlReader.parse(text.getBytes(StandardCharsets.UTF_8), "t.yaml");
    assertTrue(r.ok(), () -> r.diagnostics().toString());
    return r.document().root();
  }

  @Test
  void noYesOnOffAreStrings() {
    JsonNode root = read("a: no\nb: yes\nc: on\nd: off\ne: y\nf: NO\n");
    for (String k : List.of("a", "b", "c", "d", "e", "f")) {
      assertTrue(root.get(k).isString(), k + " must stay a string");
    }
    assertEquals("no", root.get("a").asString());
    assertEquals("on", root.get("c").asString());
  }

  @Test
  void coreSchemaScalars() {
    JsonNode root =
        read(
            "t: true\nT: True\nf: FALSE\nn: ~\ni: 0x1F\no: 0o17\nd: 017\nu: 1_000\nx: 1e3\nts: 2027-01-01\n");
    assertTrue(root.get("t").booleanValue());
    assertTrue(root.get("T").booleanValue());
    assertEquals(false, root.get("f").booleanValue());
    assertTrue(root.get("n").isNull());
    assertEquals(31, root.get("i").asLong());
    assertEquals(15, root.get("o").asLong());
    assertEquals(17, root.get("d").asLong());
    assertEquals("1_000", root.get("u").asString());
    assertEquals(1000.0, root.get("x").asDouble());
    assertEquals("2027-01-01", root.get("ts").asString());
  }

  @Test
  void noWhereAStringIsExpectedIsTheStringNo() throws IOException {
    String text =
        crawl()
            .replace("    owner: ml-platform\n", "    owner: ml-platform\n    approved: no\n")
            .replace("    batch_size: 32\n", "    batch_size: 32\n    shuffle: no\n")
            // own components: the starter kit's train component declares no shuffle input
            .replace(
                "  example: digits",
                "  components:\n    preprocess: c/p.yaml\n    train: c/t.yaml\n    aggregate: c/a.yaml\n  #");
    TopologyLoader.Result r = load(text);
    assertEquals(List.of(), r.diagnostics());
    assertEquals("no", r.topology().metadata().tags().get("approved"));
    assertEquals("no", r.topology().job().parameters().get("shuffle"));
  }

  @Test
  void noWhereABooleanIsExpectedIsATypeError() throws IOException {
    String text = crawl().replace("    hbi: false\n", "    hbi: no\n");
    TopologyLoader.Result r = load(text);
    List<Diagnostic> d = r.diagnostics();
    assertEquals(
        List.of("t.yaml:26:10: orchestrator.workspace.hbi: expected a boolean, got a string 'no'"),
        d.stream().map(Diagnostic::toString).toList());
    assertEquals("FLG112", d.get(0).code());
  }
}
