package io.flgen.terms;

import java.util.Locale;

/**
 * An enum spelled in topology.yaml as its constant's name in lower case with {@code -} for {@code
 * _}: {@code NON_SENSITIVE} is {@code non-sensitive}.
 */
public interface YamlEnum {
  /** The constant's Java name (every enum has it). */
  String name();

  /** The spelling in topology.yaml. */
  default String yamlName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant of {@code type} spelled {@code s}; {@code what} names the set in the error. */
  static <E extends Enum<E> & YamlEnum> E fromYaml(Class<E> type, String s, String what) {
    for (E v : type.getEnumConstants()) {
      if (v.yamlName().equals(s)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown " + what + ": " + s);
  }
}
