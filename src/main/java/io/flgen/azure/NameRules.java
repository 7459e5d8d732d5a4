package io.flgen.azure;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Validation entry point over {@link NameKind}. */
public final class NameRules {

  private NameRules() {}

  /** Why {@code name} is not valid for {@code kind}, or empty. */
  public static Optional<String> violation(NameKind kind, String name) {
    return Objects.requireNonNull(kind, "kind").violation(name);
  }

  /** Every kind's description, in declaration order (for documentation and help output). */
  public static Map<NameKind, String> descriptions() {
    Map<NameKind, String> m = new EnumMap<>(NameKind.class);
    for (NameKind k : NameKind.values()) {
      m.put(k, k.description());
    }
    return Collections.unmodifiableMap(m);
  }
}
