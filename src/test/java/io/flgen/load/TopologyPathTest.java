package io.flgen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TopologyPathTest {
  @Test
  void keysAndIndexes() {
    assertEquals("silos", TopologyPath.key(TopologyPath.ROOT, "silos"));
    assertEquals("silos[1]", TopologyPath.index("silos", 1));
    assertEquals(
        "silos[1].network.addressSpace",
        TopologyPath.key(
            TopologyPath.key(TopologyPath.index("silos", 1), "network"), "addressSpace"));
    assertEquals("$[0]", TopologyPath.index(TopologyPath.ROOT, 0));
    assertEquals(
        "job.parameters.learning_rate", TopologyPath.key("job.parameters", "learning_rate"));
    assertEquals("a.my-key", TopologyPath.key("a", "my-key"));
  }

  @Test
  void keysThatAreNotIdentifiersAreQuoted() {
    assertEquals(
        "metadata.tags[\"cost center\"]", TopologyPath.key("metadata.tags", "cost center"));
    assertEquals("$[\"1abc\"]", TopologyPath.key(TopologyPath.ROOT, "1abc"));
    assertEquals("t[\"a\\\"b\"]", TopologyPath.key("t", "a\"b"));
    assertEquals("t[\"a\\\\b\"]", TopologyPath.key("t", "a\\b"));
    assertEquals("t[\"a.b\"]", TopologyPath.key("t", "a.b"));
  }

  @Test
  void parents() {
    assertEquals("$", TopologyPath.parent("$"));
    assertEquals("$", TopologyPath.parent("silos"));
    assertEquals("silos", TopologyPath.parent("silos[1]"));
    assertEquals("silos[1]", TopologyPath.parent("silos[1].network"));
    assertEquals("silos[1].network", TopologyPath.parent("silos[1].network.addressSpace"));
    assertEquals("$", TopologyPath.parent("$[0]"));
  }
}
