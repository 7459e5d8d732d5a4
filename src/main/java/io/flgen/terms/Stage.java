package io.flgen.terms;

/** The three steps of the FL ramp-up plan. Later stages are stricter. */
public enum Stage {
  CRAWL("crawl"),
  WALK("walk"),
  RUN("run");

  private final String yamlName;

  Stage(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }

  public static Stage fromYaml(String s) {
    for (Stage v : values()) {
      if (v.yamlName.equals(s)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown stage: " + s);
  }
}
