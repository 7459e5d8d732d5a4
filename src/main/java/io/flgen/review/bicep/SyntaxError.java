package io.flgen.review.bicep;

/**
 * A located syntax error reported by {@link BicepParser}.
 *
 * @param file the file name given to {@link BicepParser#parse(String, String)}
 * @param line 1-based line
 * @param column 1-based column (UTF-16 code units)
 * @param message human-readable description, e.g. {@code expected '=' but found end of line}
 */
public record SyntaxError(String file, int line, int column, String message) {

  /** {@code file:line:col: message}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
