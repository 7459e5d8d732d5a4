package io.flgen.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CidrTest {
  private static Cidr c(String s) {
    return Cidr.parse(s)
        .cidr()
        .orElseThrow(() -> new AssertionError(s + ": " + Cidr.parse(s).problem()));
  }

  @Test
  void parsesAndPrints() {
    Cidr x = c("10.1.0.0/16");
    assertEquals(16, x.prefix());
    assertEquals((10L << 24) | (1L << 16), x.base());
    assertEquals("10.1.0.0/16", x.toString());
    assertEquals(65536, x.size());
    assertEquals("0.0.0.0/0", c("0.0.0.0/0").toString());
    assertEquals(0L, c("0.0.0.0/0").mask());
    assertEquals(1, c("255.255.255.255/32").size());
    assertEquals("", Cidr.parse("10.0.0.0/8").problem());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "10.0.0.0|missing '/prefix'",
        "10.0.0/16|expected 4 octets",
        "10.0.0.0.0/16|expected 4 octets",
        "10.a.0.0/16|octet 'a' is not a number",
        "10..0.0/16|octet '' is not a number",
        "10.1000.0.0/16|octet '1000' is not a number",
        "10.256.0.0/16|octet 256 is above 255",
        "10.0.0.0/|prefix '' is not a number",
        "10.0.0.0/x|prefix 'x' is not a number",
        "10.0.0.0/33|prefix /33 is above /32",
        "10.0.1.0/16|host bits are set; did you mean 10.0.0.0/16?",
        "192.168.1.1/24|host bits are set; did you mean 192.168.1.0/24?"
      })
  void parseErrors(String input, String problem) {
    Cidr.Parsed p = Cidr.parse(input);
    assertTrue(p.cidr().isEmpty(), input);
    assertEquals(problem, p.problem());
  }

  @Test
  void overlaps() {
    assertTrue(c("10.0.0.0/16").overlaps(c("10.0.128.0/17")));
    assertTrue(c("10.0.128.0/17").overlaps(c("10.0.0.0/16")));
    assertTrue(c("10.0.0.0/16").overlaps(c("10.0.0.0/16")));
    assertTrue(c("0.0.0.0/0").overlaps(c("192.168.0.0/24")));
    assertFalse(c("10.0.0.0/16").overlaps(c("10.1.0.0/16")));
    assertFalse(c("10.0.0.0/24").overlaps(c("10.0.1.0/24"))); // adjacent
  }

  @Test
  void contains() {
    assertTrue(c("10.1.0.0/16").contains(c("10.1.2.0/24")));
    assertTrue(c("10.1.0.0/16").contains(c("10.1.0.0/16")));
    assertFalse(c("10.1.2.0/24").contains(c("10.1.0.0/16")));
    assertFalse(c("10.1.0.0/16").contains(c("10.2.0.0/24")));
    assertTrue(c("10.1.0.0/16").contains(c("10.1.255.255/32")));
  }

  @Test
  void subnets() {
    Cidr v = c("10.1.0.0/16");
    assertEquals("10.1.0.0/17", v.subnet(17, 0).toString());
    assertEquals("10.1.128.0/18", v.subnet(18, 2).toString());
    assertEquals("10.1.255.0/24", v.subnet(24, 255).toString());
    assertEquals(v, v.subnet(16, 0));
    assertEquals(
        "subnet index 256 outside 10.1.0.0/16",
        assertThrows(IllegalArgumentException.class, () -> v.subnet(24, 256)).getMessage());
    assertEquals(
        "prefix 15 does not fit in 10.1.0.0/16",
        assertThrows(IllegalArgumentException.class, () -> v.subnet(15, 0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> v.subnet(33, 0));
  }

  @Test
  void overlappingPairsFindsNestedAndEqualBlocksInOrder() {
    var blocks =
        java.util.List.of(
            c("10.0.0.0/16"),
            c("10.1.0.0/24"),
            c("10.0.5.0/24"),
            c("10.0.0.0/16"),
            c("192.168.0.0/24"),
            c("10.0.5.128/25"));
    var pairs = Cidr.overlappingPairs(blocks).stream().map(java.util.Arrays::toString).toList();
    assertEquals(
        java.util.List.of("[0, 2]", "[0, 3]", "[0, 5]", "[2, 3]", "[2, 5]", "[3, 5]"), pairs);
  }

  @Test
  void overlappingPairsAgreesWithTestingEveryPair() {
    java.util.Random random = new java.util.Random(15);
    for (int round = 0; round < 200; round++) {
      java.util.List<Cidr> blocks = new java.util.ArrayList<>();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        int prefix = 20 + random.nextInt(9);
        long base = ((10L << 24) | random.nextInt(1 << 14) << 4) & new Cidr(0, prefix).mask();
        blocks.add(new Cidr(base, prefix));
      }
      java.util.List<String> expected = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (blocks.get(i).overlaps(blocks.get(j))) {
            expected.add(i + "," + j);
          }
        }
      }
      assertEquals(
          expected,
          Cidr.overlappingPairs(blocks).stream().map(p -> p[0] + "," + p[1]).toList(),
          blocks::toString);
    }
  }
}
