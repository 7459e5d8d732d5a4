package io.flgen.model;

/** Whether a silo's data is sensitive; sensitive data never leaves the silo. */
public enum Sensitivity {
  SENSITIVE("sensitive"),
  NON_SENSITIVE("non-sensitive");

  private final String yamlName;

  Sensitivity(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }

  public static Sensitivity fromYaml(String s) {
    for (Sensitivity v : values()) {
      if (v.yamlName.equals(s)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown sensitivity: " + s);
  }
}
