package io.flgen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link YamlReader#firstInvalidUtf8}: the offset of the first byte that breaks UTF-8. */
class YamlReaderTest {
  private static int first(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return YamlReader.firstInvalidUtf8(b);
  }

  @Test
  void validTextIsMinusOne() {
    assertEquals(-1, YamlReader.firstInvalidUtf8(new byte[0]));
    assertEquals(
        -1, YamlReader.firstInvalidUtf8("name: café ✓ 𝄞 €".getBytes(StandardCharsets.UTF_8)));
    assertEquals(-1, first(0xEF, 0xBB, 0xBF, 'a')); // BOM
    assertEquals(-1, first(0xF4, 0x8F, 0xBF, 0xBF)); // U+10FFFF
  }

  @Test
  void strayContinuationAndInvalidLeadBytes() {
    assertEquals(1, first('a', 0x80));
    assertEquals(0, first(0xFF));
    assertEquals(0, first(0xFE));
    assertEquals(2, first('a', 'b', 0xF5, 0x80, 0x80, 0x80));
  }

  @Test
  void latin1Byte() {
    assertEquals(3, first('c', 'a', 'f', 0xE9));
    assertEquals(3, first('c', 'a', 'f', 0xE9, ' ', 'x'));
  }

  @Test
  void overlongEncodings() {
    assertEquals(0, first(0xC0, 0xAF)); // overlong '/'
    assertEquals(0, first(0xC1, 0xBF));
    assertEquals(0, first(0xE0, 0x80, 0xAF));
    assertEquals(0, first(0xF0, 0x80, 0x80, 0xAF));
  }

  @Test
  void surrogatesAndAboveMaxCodePoint() {
    assertEquals(0, first(0xED, 0xA0, 0x80)); // U+D800
    assertEquals(0, first(0xED, 0xBF, 0xBF)); // U+DFFF
    assertEquals(0, first(0xF4, 0x90, 0x80, 0x80)); // U+110000
  }

  @Test
  void truncatedSequences() {
    assertEquals(1, first('a', 0xC3));
    assertEquals(0, first(0xE2, 0x82));
    assertEquals(0, first(0xF0, 0x9F, 0x98));
    assertEquals(0, first(0xE2, 'a', 0xAC));
  }
}
