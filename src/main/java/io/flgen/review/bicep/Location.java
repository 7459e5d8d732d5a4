package io.flgen.review.bicep;

/**
 * A position in a Bicep source file.
 *
 * @param line 1-based line number ({@code \r\n}, {@code \n} and a lone {@code \r} end a line)
 * @param column 1-based column in UTF-16 code units
 */
public record Location(int line, int column) {

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
