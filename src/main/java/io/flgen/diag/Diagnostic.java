package io.flgen.diag;

import java.util.Comparator;

/**
 * One problem with the input. Rendered as {@code FILE:LINE:COL: PATH: MESSAGE}, on one line
 * whatever the path and message hold.
 *
 * @param code stable code, FLG1xx for load and bind, FLG2xx for plan (see docs/exit-codes.md)
 * @param location where in the topology file
 * @param path the topology path, for example {@code silos[1].network.addressSpace}; {@code $} for
 *     the whole document
 * @param message what is wrong and what was expected
 */
public record Diagnostic(String code, Location location, String path, String message)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::path)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  @Override
  public int compareTo(Diagnostic o) {
    return ORDER.compare(this, o);
  }

  /** Most diagnostics printed in text; the rest are counted ("… and 12 more error(s)"). */
  public static final int MAX_PRINTED = 100;

  /** The one-line text form; the path and message are {@link Printable#escape escaped}. */
  @Override
  public String toString() {
    return location + ": " + Printable.escape(path) + ": " + Printable.escape(message);
  }
}
