package io.flgen.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The lookups rules build over the plan's lists. */
public final class Lookup {
  private Lookup() {}

  /** The items by {@code key}; where two share a key, the first one. */
  public static <T> Map<String, T> byKey(Collection<T> items, Function<T, String> key) {
    Map<String, T> out = new LinkedHashMap<>();
    items.forEach(i -> out.putIfAbsent(key.apply(i), i));
    return out;
  }
}
