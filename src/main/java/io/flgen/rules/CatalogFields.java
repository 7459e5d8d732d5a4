package io.flgen.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields of one entry of a rule catalogue file ({@link RuleInfo}): {@code ID.field}, or {@code
 * ID.field.N} for a list.
 */
record CatalogFields(Properties p, String id, String file) {
  /**
   * The ids the keys name; throws on a key that is not {@code ID.field} with a field of {@code
   * single}, or {@code ID.field.N} with a field of {@code lists}.
   */
  static Set<String> ids(Properties p, String file, Set<String> single, Set<String> lists) {
    Set<String> ids = new TreeSet<>();
    for (String key : p.stringPropertyNames()) {
      String[] parts = key.split("\\.", -1);
      boolean known =
          parts.length == 2 && single.contains(parts[1])
              || parts.length == 3 && lists.contains(parts[1]) && parts[2].matches("[1-9]\\d*");
      if (!known) {
        throw new IllegalStateException(file + ": unknown key " + key);
      }
      ids.add(parts[0]);
    }
    return ids;
  }

  IllegalStateException bad(String field, String value) {
    return new IllegalStateException(file + ": " + id + "." + field + " = " + value);
  }

  String required(String field) {
    String v = p.getProperty(id + "." + field);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(file + ": " + id + " lacks " + field);
    }
    return v;
  }

  boolean flag(String field, boolean otherwise) {
    String v = p.getProperty(id + "." + field, String.valueOf(otherwise));
    if (!v.equals("true") && !v.equals("false")) {
      throw bad(field, v);
    }
    return v.equals("true");
  }

  /**
   * Crawl, walk and run, from {@code ID.levels = off medium high}: words split on single spaces and
   * matched against the constants without reflection, as this runs on every start.
   */
  Level[] levels() {
    String v = required("levels");
    String[] words = v.split(" ");
    if (words.length != 3) {
      throw bad("levels", v);
    }
    Level[] out = new Level[3];
    for (int k = 0; k < 3; k++) {
      for (Level l : Level.values()) {
        if (l.name().equalsIgnoreCase(words[k])) {
          out[k] = l;
        }
      }
      if (out[k] == null) {
        throw bad("levels", v);
      }
    }
    return out;
  }

  /** {@code ID.field.1}, {@code ID.field.2}, ...; throws on a gap in the numbers. */
  List<String> list(String field) {
    String prefix = id + "." + field + ".";
    long keys = p.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).count();
    List<String> out = new ArrayList<>();
    for (int n = 1; n <= keys; n++) {
      String v = p.getProperty(prefix + n);
      if (v == null) {
        throw new IllegalStateException(file + ": " + prefix + n + " is missing");
      }
      out.add(v);
    }
    return out;
  }
}
