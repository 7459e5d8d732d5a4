package io.flgen.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Reading a tree whose shape is already checked: what the binder and other readers share. */
public final class Json {
  private Json() {}

  /** Each element of the array {@code arr} (none when it is missing), read by {@code read}. */
  public static <T> List<T> list(JsonNode arr, Function<JsonNode, T> read) {
    List<T> out = new ArrayList<>();
    for (JsonNode n : arr) {
      out.add(read.apply(n));
    }
    return out;
  }
}
