package io.flgen.azure;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Retired or retiring VM sizes that must not be used for Azure ML compute, read once from {@value
 * #FILE}, with the retirement notice of each family.
 */
public final class VmSizes {

  /**
   * A retirement: the size family, the date after which VMs are deallocated, and what to use
   * instead.
   */
  public record Retirement(String family, LocalDate date, String replacement, String source) {
    public Retirement {
      Objects.requireNonNull(family, "family");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(replacement, "replacement");
      Objects.requireNonNull(source, "source");
    }

    /** Whether the size is already retired on {@code day}. */
    public boolean isRetiredOn(LocalDate day) {
      return !day.isBefore(date);
    }
  }

  static final String FILE = "azure/vm-retirements.properties";

  private static final SortedMap<String, Retirement> BY_SIZE = read();

  private VmSizes() {}

  private static SortedMap<String, Retirement> read() {
    SortedMap<String, Retirement> m = new TreeMap<>();
    DataTable table = DataTable.read(FILE, "family", "date", "replacement", "source", "sizes");
    for (DataTable.Row row : table.rows().values()) {
      Retirement r =
          new Retirement(
              row.get("family"), row.date("date"), row.get("replacement"), row.get("source"));
      for (String s : row.words("sizes")) {
        if (m.put(s.toLowerCase(Locale.ROOT), r) != null) {
          throw new IllegalStateException(FILE + ": duplicate size " + s);
        }
      }
    }
    return Collections.unmodifiableSortedMap(m);
  }

  /**
   * The retirement of {@code vmSize} ({@code Standard_NC6s_v3}), case-insensitive; the {@code
   * Standard_} prefix may be omitted. Empty for sizes not known to be retired or retiring.
   */
  public static Optional<Retirement> retirement(String vmSize) {
    if (vmSize == null) {
      return Optional.empty();
    }
    String key = vmSize.trim().toLowerCase(Locale.ROOT);
    if (!key.startsWith("standard_")) {
      key = "standard_" + key;
    }
    return Optional.ofNullable(BY_SIZE.get(key));
  }

  /** Every listed size (lowercase) with its retirement, sorted. */
  public static SortedMap<String, Retirement> all() {
    return BY_SIZE;
  }
}
