package io.flgen.azure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A table of facts kept as data (decision 103's format): a {@code java.util.Properties} file on the
 * class path, read as UTF-8, whose keys are {@code ROW.FIELD}. Every row has every declared field;
 * a key naming another field, a row lacking a field or an empty value fails with the file and the
 * key. The source of a row is a comment next to it in the file.
 */
public final class DataTable {
  private final String file;
  private final SortedMap<String, Row> rows;

  private DataTable(String file, SortedMap<String, Row> rows) {
    this.file = file;
    this.rows = Collections.unmodifiableSortedMap(rows);
  }

  /** Reads {@code resource}, whose rows must have exactly {@code fields}. */
  public static DataTable read(String resource, String... fields) {
    return parse(resource, properties(resource), fields);
  }

  /** The rows of {@code p}, checked as {@link #read} does; {@code file} names it in errors. */
  static DataTable parse(String file, Properties p, String... fields) {
    Set<String> known = Set.of(fields);
    Map<String, Map<String, String>> byId = new HashMap<>();
    for (String key : p.stringPropertyNames()) {
      int dot = key.lastIndexOf('.');
      String field = key.substring(dot + 1);
      if (dot <= 0 || !known.contains(field)) {
        throw new IllegalStateException(file + ": unknown key " + key);
      }
      byId.computeIfAbsent(key.substring(0, dot), id -> new HashMap<>())
          .put(field, p.getProperty(key).strip());
    }
    SortedMap<String, Row> rows = new TreeMap<>();
    byId.forEach(
        (id, values) -> {
          for (String field : fields) {
            if (values.getOrDefault(field, "").isEmpty()) {
              throw new IllegalStateException(file + ": " + id + "." + field + " is missing");
            }
          }
          rows.put(id, new Row(file, id, Map.copyOf(values)));
        });
    return new DataTable(file, rows);
  }

  /** The properties file {@code resource} on the class path, read as UTF-8. */
  public static Properties properties(String resource) {
    Properties p = new Properties();
    try (InputStream in = DataTable.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return p;
  }

  /** The file the table was read from. */
  public String file() {
    return file;
  }

  /** Every row, by id, sorted. */
  public SortedMap<String, Row> rows() {
    return rows;
  }

  /** The row {@code id}; a row the file lacks is a programming error. */
  public Row row(String id) {
    Row r = rows.get(id);
    if (r == null) {
      throw new IllegalStateException(file + ": no row " + id);
    }
    return r;
  }

  /** One row: its id and its fields' values, all present and not blank. */
  public record Row(String file, String id, Map<String, String> values) {
    /** The value of {@code field}. */
    public String get(String field) {
      String v = values.get(field);
      if (v == null) {
        throw new IllegalStateException(file + ": " + id + "." + field + " is not a field");
      }
      return v;
    }

    /** {@code true} or {@code false}. */
    public boolean flag(String field) {
      String v = get(field);
      if (!v.equals("true") && !v.equals("false")) {
        throw bad(field, v);
      }
      return v.equals("true");
    }

    /** An ISO date, {@code 2025-09-30}. */
    public LocalDate date(String field) {
      String v = get(field);
      try {
        return LocalDate.parse(v);
      } catch (java.time.format.DateTimeParseException e) {
        throw bad(field, v);
      }
    }

    /** The value's words, split on spaces. */
    public List<String> words(String field) {
      return Arrays.asList(get(field).split("\\s+"));
    }

    private IllegalStateException bad(String field, String v) {
      return new IllegalStateException(file + ": " + id + "." + field + " = " + v);
    }
  }
}
