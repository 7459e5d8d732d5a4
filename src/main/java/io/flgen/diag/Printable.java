package io.flgen.diag;

/**
 * Makes text from a topology safe to print. A key or value can hold anything YAML can express:
 * newlines that would start a fake {@code FILE:LINE:COL} line, ANSI escape sequences that recolour
 * or clear a terminal, and bidirectional overrides that make text read differently from what it is
 * ("Trojan Source"). {@link #escape} shows each such character as a visible escape ({@code \n},
 * {@code \u001b}, {@code \u202e}); everything else is kept as written.
 */
public final class Printable {
  private Printable() {}

  /**
   * True for a character that must not be printed raw: C0 and C1 controls (ESC among them), DEL,
   * the line and paragraph separators, the bidirectional marks, embeddings, overrides and isolates
   * (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069), zero-width characters that hide text
   * (U+200B-U+200D, U+2060, U+FEFF) and unpaired surrogates.
   */
  public static boolean unsafe(int c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x061C
        || (c >= 0x200B && c <= 0x200F)
        || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2069)
        || c == 0xFEFF
        || (c >= 0xD800 && c <= 0xDFFF);
  }

  /** {@code s} with every {@link #unsafe} character shown as an escape; {@code null} stays null. */
  public static String escape(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i += 2;
      } else if (unsafe(c)) {
        break;
      } else {
        i++;
      }
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i)); // a paired surrogate is an ordinary character
        continue;
      }
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (unsafe(c)) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
