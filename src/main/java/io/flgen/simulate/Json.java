package io.flgen.simulate;

import io.flgen.report.SafeJson;

/** The simulation's JSON files: indented, keys in the order given, one trailing newline. */
final class Json {
  private Json() {}

  static String write(Object value) {
    return SafeJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
  }
}
