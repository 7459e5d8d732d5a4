package io.flgen.report;

import io.flgen.diag.Printable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON writer for reports (validate's JSON, SARIF). Besides JSON's own escapes, it writes
 * {@code <}, {@code >}, {@code &}, DEL, the C1 controls, the line and paragraph separators and the
 * bidirectional and zero-width characters as {@code \\uXXXX}: the document stays valid JSON and
 * decodes to the same text, but no consumer that shows the raw bytes (a terminal, a web page, a log
 * viewer) sees markup or a direction override.
 */
public final class SafeJson {
  private SafeJson() {}

  private static final class Escapes extends CharacterEscapes {
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    Escapes() {
      for (char c : new char[] {'<', '>', '&', 0x7F}) {
        ascii[c] = CharacterEscapes.ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return Printable.unsafe(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }

  /** Indented output with the escapes above. */
  public static final JsonMapper MAPPER =
      JsonMapper.builder(JsonFactory.builder().characterEscapes(new Escapes()).build())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();
}
