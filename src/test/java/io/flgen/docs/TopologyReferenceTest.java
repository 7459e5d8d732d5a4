package io.flgen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.load.TopologySchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TopologyReferenceTest {
  private static final Path COMMITTED = Path.of("docs", TopologyReference.FILE_NAME);

  @Test
  void committedReferenceIsCurrent() throws IOException {
    String fresh = TopologyReference.render();
    String committed =
        Files.isRegularFile(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
    assertEquals(
        fresh,
        committed,
        COMMITTED
            + " is out of date with schemas/topology.schema.json; run ./flgen docs and commit the result");
  }

  @Test
  void renderIsDeterministic() {
    assertEquals(TopologyReference.render(), TopologyReference.render());
  }

  @Test
  void referenceCoversKeysKindsAndEditorSetup() {
    String md = TopologyReference.render();
    assertTrue(md.contains("must not be edited by hand"));
    assertTrue(md.contains("# yaml-language-server: $schema=../schemas/topology.schema.json"));
    assertTrue(md.contains("| Key | Type | Required | Default | Description |"));
    assertTrue(
        md.contains("| `tenantId` | string | when kind is cross-tenant |"),
        "silo kinds: conditional requirement");
    assertTrue(md.contains("| `cluster` | | yes | |"), "keys-by-kind table");
    assertTrue(md.contains("One of: `crawl`, `walk`, `run`."), "enum values");
    assertTrue(md.contains("Format: an IPv4 CIDR such as 10.1.0.0/16."), "x-flgen-expected");
  }

  /**
   * Every property anywhere in the schema has a description, on itself or on the $defs entry it
   * references.
   */
  @Test
  void everyPropertyHasADescription() {
    JsonNode schema = TopologySchema.get().node();
    List<String> missing = new ArrayList<>();
    walk(schema, schema, "#", missing);
    assertEquals(List.of(), missing, "properties without a description");
  }

  private static void walk(JsonNode root, JsonNode n, String where, List<String> missing) {
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> p : n.path("properties").properties()) {
        if (description(root, p.getValue()).isEmpty()) {
          missing.add(where + "/properties/" + p.getKey());
        }
      }
      JsonNode ap = n.path("additionalProperties");
      if (ap.isObject() && description(root, ap).isEmpty()) {
        missing.add(where + "/additionalProperties");
      }
      for (Map.Entry<String, JsonNode> d : n.path("$defs").properties()) {
        if (description(root, d.getValue()).isEmpty()) {
          missing.add(where + "/$defs/" + d.getKey());
        }
      }
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        if (!e.getKey().equals("if")) { // an if-branch tests a value; its properties are not keys
          walk(root, e.getValue(), where + "/" + e.getKey(), missing);
        }
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        walk(root, n.get(i), where + "/" + i, missing);
      }
    }
  }

  private static String description(JsonNode root, JsonNode prop) {
    String d = prop.path("description").asString("").trim();
    String ref = prop.path("$ref").asString("");
    if (d.isEmpty() && ref.startsWith("#")) {
      d = root.at(ref.substring(1)).path("description").asString("").trim();
    }
    return d;
  }
}
