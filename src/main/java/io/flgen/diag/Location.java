package io.flgen.diag;

/** A position in a source file; line and column are 1-based. */
public record Location(String file, int line, int column) implements Comparable<Location> {

  @Override
  public int compareTo(Location o) {
    int c = file.compareTo(o.file);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  /** {@code FILE:LINE:COL}, the file name {@link Printable#escape escaped}. */
  @Override
  public String toString() {
    return Printable.escape(file) + ":" + line + ":" + column;
  }

  /** A message at a location, for problems outside the topology (for example in a Bicep file). */
  public record Message(Location location, String message) {
    @Override
    public String toString() {
      return location + ": " + Printable.escape(message);
    }
  }
}
