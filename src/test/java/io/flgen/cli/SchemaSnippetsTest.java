package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.cli.ValidateFixturesTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema's silo {@code examples} and editor {@code defaultSnippets} (issue 15 item 7): one of
 * each kind, and each is a silo flgen accepts, added to a run-stage blueprint.
 */
class SchemaSnippetsTest {
  @TempDir Path tmp;

  private static JsonNode silo() throws IOException {
    return JsonMapper.shared()
        .readTree(Files.readString(Path.of("schemas/topology.schema.json")))
        .path("$defs")
        .path("silo");
  }

  private static List<JsonNode> bodies() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    silo().path("examples").forEach(out::add);
    silo().path("defaultSnippets").forEach(s -> out.add(s.path("body")));
    return out;
  }

  @Test
  void oneSnippetAndOneExampleForEachKind() throws IOException {
    Set<String> kinds = new TreeSet<>();
    silo().path("defaultSnippets").forEach(s -> kinds.add(s.path("body").path("kind").asString()));
    assertEquals(Set.of("cross-tenant", "external", "internal"), kinds);
    Set<String> exampleKinds = new TreeSet<>();
    silo().path("examples").forEach(s -> exampleKinds.add(s.path("kind").asString()));
    assertEquals(kinds, exampleKinds);
    silo()
        .path("defaultSnippets")
        .forEach(
            s -> {
              assertTrue(!s.path("label").asString("").isEmpty(), s.toString());
              assertTrue(!s.path("description").asString("").isEmpty(), s.toString());
            });
  }

  @Test
  void everyBodyIsAValidSilo() throws IOException {
    Object base =
        new Load(LoadSettings.builder().build())
            .loadFromString(Files.readString(Path.of("blueprints/run-hybrid.yaml")));
    int i = 0;
    for (JsonNode body : bodies()) {
      ObjectNode t = JsonMapper.shared().valueToTree(base);
      ((ArrayNode) t.path("silos")).add(body);
      // JSON is YAML 1.2: the topology is written as JSON
      Path f = tmp.resolve("snippet-" + i++ + ".yaml");
      Files.writeString(f, JsonMapper.shared().writeValueAsString(t));
      Run r = ValidateFixturesTest.run("validate", f.toString(), "--format", "json");
      JsonNode j = JsonMapper.shared().readTree(r.out());
      assertTrue(j.path("valid").asBoolean(false), body + "\n" + r.out() + r.err());
      assertEquals(0, j.path("diagnostics").size(), r.out());
    }
    assertEquals(6, i);
  }
}
