package io.flgen.load;

import io.flgen.diag.Location;
import io.flgen.diag.Locator;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each topology path sits in the source file: the start of its value and, for mapping
 * entries, of its key. Lookups fall back to the nearest ancestor, so every path has a location.
 */
public final class SourceMap implements Locator {
  private final String file;
  private final Map<String, Location> values = new HashMap<>();
  private final Map<String, Location> keys = new HashMap<>();

  public SourceMap(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  void putValue(String path, int line, int column) {
    values.putIfAbsent(path, new Location(file, line, column));
  }

  void putKey(String path, int line, int column) {
    keys.putIfAbsent(path, new Location(file, line, column));
  }

  /** The start of the value at {@code path}, or of its nearest ancestor. */
  public Location value(String path) {
    String p = path;
    while (true) {
      Location l = values.get(p);
      if (l != null) {
        return l;
      }
      if (TopologyPath.ROOT.equals(p)) {
        return new Location(file, 1, 1);
      }
      p = TopologyPath.parent(p);
    }
  }

  /** The start of the key of {@code path}, or of its value when it has no key (array items). */
  public Location key(String path) {
    Location l = keys.get(path);
    return l != null ? l : value(path);
  }

  @Override
  public Location locate(String path) {
    return value(path);
  }

  /** True when the path is present in the document. */
  public boolean has(String path) {
    return values.containsKey(path);
  }
}
