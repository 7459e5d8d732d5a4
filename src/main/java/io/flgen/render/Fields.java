package io.flgen.render;

import java.util.LinkedHashMap;

/**
 * A mapping of the YAML and JSON files render serialises, its keys in the order they are added,
 * built in one expression: {@code Fields.of().with("kind", "Namespace").with("metadata", meta)}.
 * SnakeYAML and Jackson write it as the plain map it is.
 */
final class Fields extends LinkedHashMap<String, Object> {
  private Fields() {}

  static Fields of() {
    return new Fields();
  }

  Fields with(String key, Object value) {
    put(key, value);
    return this;
  }

  /** {@code key} only when {@code present}; nothing otherwise. */
  Fields withIf(boolean present, String key, Object value) {
    return present ? with(key, value) : this;
  }
}
