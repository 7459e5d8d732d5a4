package io.flgen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Integers are range-checked before conversion (issue 10): every integer in the topology schema has
 * a minimum and a maximum inside Java's int range, so the binder's {@code asInt()} only ever sees
 * values the schema already bounded.
 */
class SchemaIntegerRangesTest {
  @Test
  void everyIntegerFieldIsBoundedWithinInt() {
    List<String> unbounded = new ArrayList<>();
    walk(TopologySchema.get().node(), "#", unbounded);
    assertEquals(List.of(), unbounded);
  }

  private static void walk(JsonNode n, String at, List<String> out) {
    if (n.isObject()) {
      if ("integer".equals(n.path("type").asString(""))) {
        JsonNode min = n.get("minimum");
        JsonNode max = n.get("maximum");
        if (min == null
            || max == null
            || min.asLong() < Integer.MIN_VALUE
            || max.asLong() > Integer.MAX_VALUE) {
          out.add(at);
        }
      }
      n.properties().forEach(e -> walk(e.getValue(), at + "/" + e.getKey(), out));
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        walk(n.get(i), at + "/" + i, out);
      }
    }
  }
}
