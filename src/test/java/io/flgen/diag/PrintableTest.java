package io.flgen.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test
  void plainTextIsKept() {
    String s = "silos[0].name: 'café' ✓ 𝄞 <b>&";
    assertSame(s, Printable.escape(s));
  }

  @Test
  void lineBreaksAndTabs() {
    assertEquals("a\\nb\\rc\\td", Printable.escape("a\nb\rc\td"));
    assertEquals("a\\u2028b\\u2029c\\u0085d", Printable.escape("a\u2028b\u2029c\u0085d"));
  }

  @Test
  void ansiAndOtherControls() {
    assertEquals("\\u001b[31mred\\u001b[0m", Printable.escape("\u001b[31mred\u001b[0m"));
    assertEquals("\\u0000\\u0007\\u007f\\u009b", Printable.escape("\u0000\u0007\u007f\u009b"));
  }

  @Test
  void bidiAndInvisibleCharacters() {
    for (int c :
        new int[] {
          0x061C, 0x200B, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2066,
          0x2067, 0x2068, 0x2069, 0xFEFF
        }) {
      assertEquals(String.format("x\\u%04xy", c), Printable.escape("x" + (char) c + "y"));
    }
  }

  @Test
  void surrogates() {
    assertEquals("emoji 😀", Printable.escape("emoji 😀"));
    assertEquals("half \\ud83d", Printable.escape("half \ud83d"));
  }
}
