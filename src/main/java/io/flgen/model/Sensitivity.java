package io.flgen.model;

import io.flgen.terms.YamlEnum;

/** Whether a silo's data is sensitive; sensitive data never leaves the silo. */
public enum Sensitivity implements YamlEnum {
  SENSITIVE,
  NON_SENSITIVE;

  public static Sensitivity fromYaml(String s) {
    return YamlEnum.fromYaml(Sensitivity.class, s, "sensitivity");
  }
}
