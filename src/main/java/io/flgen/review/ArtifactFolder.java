package io.flgen.review;

import io.flgen.diag.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files of a folder under review, read once: Bicep, YAML and the manifest, keyed by path
 * relative to the folder with '/' separators. Bounded: files over 4 MiB and folders over 5,000
 * files are reported, not read.
 */
public final class ArtifactFolder {
  static final long MAX_FILE = 4L * 1024 * 1024;
  static final int MAX_FILES = 5000;

  private final Path root;
  private final SortedMap<String, String> files = new TreeMap<>();
  private final List<Location.Message> problems = new ArrayList<>();

  private ArtifactFolder(Path root) {
    this.root = root;
  }

  public static ArtifactFolder read(Path root) {
    ArtifactFolder f = new ArtifactFolder(root);
    try (Stream<Path> s = Files.walk(root)) {
      List<Path> all = s.filter(Files::isRegularFile).filter(ArtifactFolder::interesting).sorted().toList();
      for (Path p : all.subList(0, Math.min(all.size(), MAX_FILES))) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (Files.size(p) > MAX_FILE) {
          f.problems.add(new Location.Message(new Location(rel, 1, 1), "file is over " + MAX_FILE + " bytes; not read"));
          continue;
        }
        try {
          f.files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
        } catch (java.nio.charset.CharacterCodingException e) {
          f.problems.add(new Location.Message(new Location(rel, 1, 1), "not valid UTF-8; not read"));
        }
      }
      if (all.size() > MAX_FILES) {
        f.problems.add(new Location.Message(new Location(root.toString(), 1, 1),
            "more than " + MAX_FILES + " files; only the first " + MAX_FILES + " were read"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return f;
  }

  private static boolean interesting(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".bicep") || n.endsWith(".yaml") || n.endsWith(".yml") || n.equals("flgen-manifest.json");
  }

  public Path root() {
    return root;
  }

  public SortedMap<String, String> files() {
    return files;
  }

  public List<Location.Message> problems() {
    return problems;
  }

  public Optional<JsonNode> manifest() {
    String m = files.get("flgen-manifest.json");
    if (m == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(JsonMapper.shared().readTree(m));
    } catch (RuntimeException e) {
      problems.add(new Location.Message(new Location("flgen-manifest.json", 1, 1), "not valid JSON: " + e.getMessage()));
      return Optional.empty();
    }
  }
}
