package io.flgen.azure;

import java.util.Set;
import java.util.TreeSet;

/**
 * The data of an enum's constants as a {@link DataTable}: one row per constant, its id the
 * constant's name. A constant without a row, or a row without a constant, fails with the file.
 */
public final class EnumTable<E extends Enum<E>> {
  private final E[] constants;
  private final DataTable.Row[] rows;

  private EnumTable(E[] constants, DataTable table) {
    this.constants = constants.clone();
    this.rows = new DataTable.Row[constants.length];
    Set<String> extra = new TreeSet<>(table.rows().keySet());
    for (E c : constants) {
      rows[c.ordinal()] = table.row(c.name());
      extra.remove(c.name());
    }
    if (!extra.isEmpty()) {
      throw new IllegalStateException(table.file() + ": rows without a constant " + extra);
    }
  }

  /** Reads {@code resource} for {@code constants} (the enum's {@code values()}). */
  public static <E extends Enum<E>> EnumTable<E> read(
      String resource, E[] constants, String... fields) {
    return of(constants, DataTable.read(resource, fields));
  }

  static <E extends Enum<E>> EnumTable<E> of(E[] constants, DataTable table) {
    return new EnumTable<>(constants, table);
  }

  /** The row of {@code constant}. */
  public DataTable.Row row(E constant) {
    return rows[constant.ordinal()];
  }

  /** The value of {@code field} for {@code constant}. */
  public String get(E constant, String field) {
    return row(constant).get(field);
  }

  /**
   * The constant whose {@code field} is {@code value}; {@code what} names the set in the error,
   * {@code unknown what: value}.
   */
  public E find(String field, String value, String what) {
    for (E c : constants) {
      if (get(c, field).equals(value)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown " + what + ": " + value);
  }
}
