package io.flgen.render;

import java.util.Locale;

/**
 * Bicep literal and identifier helpers. Every user string reaches Bicep through {@link #string}.
 */
public final class Bicep {
  private Bicep() {}

  /** A single-quoted Bicep string literal with every special character escaped. */
  public static String string(String s) {
    StringBuilder sb = new StringBuilder("'");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\'' -> sb.append("\\'");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '$' -> {
          if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
            sb.append("\\$");
          } else {
            sb.append('$');
          }
        }
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u{%X}", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('\'').toString();
  }

  /** A camelCase Bicep identifier from parts such as ("storage", "silo-a") -> storageSiloA. */
  public static String symbol(String... parts) {
    String s = io.flgen.plan.Names.camel(parts);
    return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "x" + s : s;
  }

  /** {@code resourceGroup('sub', 'rg')}. */
  public static String resourceGroup(String sub, String rg) {
    return "resourceGroup(" + string(sub) + ", " + string(rg) + ")";
  }
}
