package io.flgen.load;

import java.util.regex.Pattern;

/** Formats topology paths such as {@code silos[1].network.addressSpace}; the root is {@code $}. */
public final class TopologyPath {
  public static final String ROOT = "$";
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private TopologyPath() {}

  public static String key(String parent, String key) {
    String seg =
        PLAIN_KEY.matcher(key).matches()
            ? key
            : "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    if (ROOT.equals(parent)) {
      return seg.startsWith("[") ? ROOT + seg : seg;
    }
    return seg.startsWith("[") ? parent + seg : parent + "." + seg;
  }

  public static String index(String parent, int i) {
    return (ROOT.equals(parent) ? ROOT : parent) + "[" + i + "]";
  }

  /** The parent path, or {@code $} for a top-level path. */
  public static String parent(String path) {
    if (ROOT.equals(path)) {
      return ROOT;
    }
    int dot = path.lastIndexOf('.');
    int br = path.lastIndexOf('[');
    int cut = Math.max(dot, br);
    if (cut <= 0) {
      return ROOT;
    }
    String p = path.substring(0, cut);
    return p.isEmpty() ? ROOT : p;
  }
}
