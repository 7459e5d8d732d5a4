package io.flgen.terms;

/** The three steps of the FL ramp-up plan. Later stages are stricter. */
public enum Stage implements YamlEnum {
  CRAWL,
  WALK,
  RUN;

  public static Stage fromYaml(String s) {
    return YamlEnum.fromYaml(Stage.class, s, "stage");
  }
}
