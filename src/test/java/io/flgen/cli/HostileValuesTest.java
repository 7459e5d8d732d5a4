package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.load.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 10's crashes on values: every string of every blueprint replaced, one at a time, by a very
 * long string, and every number by one far beyond an integer's range. A long string must come back
 * as located input errors (exit 2, nothing on stderr); a huge number as well, except where any
 * number is allowed (differential privacy's epsilon, job parameters). Never an internal error (exit
 * 3). The variants are written as JSON, which is YAML 1.2.
 */
class HostileValuesTest {
  @TempDir Path tmp;

  static List<Path> blueprints() throws IOException {
    return ValidateFixturesTest.blueprints();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blueprints")
  @Timeout(120) // hang guard for about 80 validate runs
  void everyStringTooLong(Path blueprint) throws IOException {
    int n =
        everyLeaf(
            blueprint,
            JsonNode::isString,
            v -> JsonMapper.shared().getNodeFactory().stringNode("a-".repeat(1_500)),
            false);
    assertTrue(n > 40, "strings replaced: " + n);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blueprints")
  @Timeout(60)
  void everyNumberHuge(Path blueprint) throws IOException {
    // 1e19 does not fit a long; 1e308 is near the largest double
    int n =
        everyLeaf(
            blueprint,
            JsonNode::isNumber,
            v -> JsonMapper.shared().getNodeFactory().numberNode(1e19),
            true);
    n +=
        everyLeaf(
            blueprint,
            JsonNode::isNumber,
            v -> JsonMapper.shared().getNodeFactory().numberNode(1e308),
            true);
    assertTrue(n > 2, "numbers replaced: " + n);
  }

  /** Replaces each matching leaf in turn and validates; returns how many variants ran. */
  private int everyLeaf(
      Path blueprint,
      java.util.function.Predicate<JsonNode> which,
      Function<JsonNode, JsonNode> with,
      boolean numbers)
      throws IOException {
    JsonNode root = YamlReader.read(blueprint, blueprint.toString()).document().root();
    List<List<Object>> paths = new ArrayList<>();
    collect(root, new ArrayList<>(), which, paths);
    Path file = tmp.resolve("variant.yaml");
    for (List<Object> p : paths) {
      JsonNode copy = root.deepCopy();
      JsonNode parent = copy;
      for (int i = 0; i < p.size() - 1; i++) {
        parent = p.get(i) instanceof Integer idx ? parent.get(idx) : parent.get((String) p.get(i));
      }
      Object last = p.get(p.size() - 1);
      if (last instanceof Integer idx) {
        ((ArrayNode) parent).set(idx, with.apply(parent.get(idx)));
      } else {
        ((ObjectNode) parent).set((String) last, with.apply(parent.get((String) last)));
      }
      Files.writeString(file, JsonMapper.shared().writeValueAsString(copy), StandardCharsets.UTF_8);
      ValidateFixturesTest.Run r =
          ValidateFixturesTest.run("validate", "--no-color", file.toString());
      assertEquals("", r.err(), "stderr for " + p);
      boolean anyNumber =
          numbers && (p.contains("parameters") || p.contains("differentialPrivacy"));
      if (anyNumber && r.code() != ExitCodes.INVALID_INPUT) {
        assertTrue(
            r.code() == ExitCodes.OK || r.code() == ExitCodes.FINDINGS,
            "exit code for " + p + ":\n" + r.out());
        continue;
      }
      assertEquals(ExitCodes.INVALID_INPUT, r.code(), "exit code for " + p + ":\n" + r.out());
      assertTrue(r.out().startsWith(file + ":"), r.out());
    }
    return paths.size();
  }

  private static void collect(
      JsonNode n,
      List<Object> at,
      java.util.function.Predicate<JsonNode> which,
      List<List<Object>> out) {
    if (n.isObject()) {
      n.properties()
          .forEach(
              e -> {
                List<Object> p = new ArrayList<>(at);
                p.add(e.getKey());
                collect(e.getValue(), p, which, out);
              });
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        List<Object> p = new ArrayList<>(at);
        p.add(i);
        collect(n.get(i), p, which, out);
      }
    } else if (which.test(n)) {
      out.add(at);
    }
  }
}
