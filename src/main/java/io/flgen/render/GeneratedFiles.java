package io.flgen.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;

/** Rendered files in memory, keyed by relative path with '/' separators, sorted. */
public final class GeneratedFiles {
  private final SortedMap<String, String> files = new TreeMap<>();

  void put(String path, String content) {
    if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("unsafe output path: " + path);
    }
    files.put(path, content);
  }

  public SortedMap<String, String> asMap() {
    return Collections.unmodifiableSortedMap(files);
  }

  public static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
