package io.flgen.review;

import io.flgen.diag.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files of a folder under review, read once: Bicep, YAML and the manifest, keyed by path
 * relative to the folder with '/' separators. Never reads outside the folder: a symbolic link whose
 * target leaves it is reported and not followed. Bounded: files over 4 MiB, folders over 5,000
 * files and special files (FIFOs, devices, sockets) are reported as not read ({@link #unread()}),
 * which makes the review incomplete. A file that is not valid UTF-8 is read with U+FFFD in place of
 * each bad byte and reported ({@link #problems()}), so its declarations are still reviewed.
 */
public final class ArtifactFolder {
  static final long MAX_FILE = 4L * 1024 * 1024;
  static final int MAX_FILES = 5000;

  private final Path root;
  private final SortedMap<String, String> files = new TreeMap<>();
  private final List<Location.Message> problems = new ArrayList<>();
  private final List<Location.Message> unread = new ArrayList<>();

  private ArtifactFolder(Path root) {
    this.root = root;
  }

  public static ArtifactFolder read(Path root) {
    ArtifactFolder f = new ArtifactFolder(root);
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      f.unread(root.toString(), "cannot be read: " + e.getMessage());
      return f;
    }
    int n = 0;
    SortedMap<String, Path> candidates = f.candidates(realRoot);
    for (var e : candidates.entrySet()) {
      if (++n > MAX_FILES) {
        f.unread(
            e.getKey(),
            "the folder has more than "
                + MAX_FILES
                + " Bicep/YAML files; this one and the "
                + (candidates.size() - MAX_FILES - 1)
                + " after it were not read");
        break;
      }
      f.readOne(e.getKey(), e.getValue());
    }
    return f;
  }

  /**
   * The files under the folder that a review reads, by relative path; those it refuses are reported
   * as not read.
   */
  private SortedMap<String, Path> candidates(Path realRoot) {
    SortedMap<String, Path> candidates = new TreeMap<>();
    try {
      // the folder as given may itself be a link; what is inside it is judged against its real path
      Files.walkFileTree(
          realRoot,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
              String rel = realRoot.relativize(p).toString().replace('\\', '/');
              if (interesting(p)) {
                refusal(p, attrs, realRoot)
                    .ifPresentOrElse(why -> unread(rel, why), () -> candidates.put(rel, p));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
              unread(
                  realRoot.relativize(p).toString().replace('\\', '/'),
                  "cannot be read: " + e.getClass().getSimpleName());
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return candidates;
  }

  /**
   * Why a file is not read: a symbolic link that leaves the folder or is not to a regular file, or
   * a special file; empty when it is read.
   */
  private static Optional<String> refusal(Path p, BasicFileAttributes attrs, Path realRoot) {
    if (!attrs.isSymbolicLink()) {
      return attrs.isRegularFile()
          ? Optional.empty()
          : Optional.of("not a regular file (a FIFO, device or socket); refused");
    }
    Optional<Path> target = inside(p, realRoot);
    if (target.isEmpty()) {
      return Optional.of(
          "a symbolic link to a path outside the reviewed folder (or to nothing); not followed");
    }
    return Files.isRegularFile(target.get(), LinkOption.NOFOLLOW_LINKS)
        ? Optional.empty()
        : Optional.of("a symbolic link to something that is not a regular file; not read");
  }

  private void unread(String rel, String why) {
    unread.add(new Location.Message(new Location(rel, 1, 1), why));
  }

  /** The real path of a link's target when it stays inside the folder. */
  private static Optional<Path> inside(Path link, Path realRoot) {
    try {
      Path real = link.toRealPath();
      return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private void readOne(String rel, Path p) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(p)) {
      bytes = in.readNBytes((int) MAX_FILE + 1);
    } catch (IOException e) {
      unread(rel, "cannot be read: " + e.getClass().getSimpleName());
      return;
    }
    if (bytes.length > MAX_FILE) {
      unread(rel, "file is over " + MAX_FILE + " bytes; not read");
      return;
    }
    try {
      files.put(
          rel,
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      int bad = text.indexOf('\uFFFD');
      int line = 1;
      int col = 1;
      for (int i = 0; i < Math.max(bad, 0); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          col = 1;
        } else {
          col++;
        }
      }
      problems.add(
          new Location.Message(
              new Location(rel, line, col),
              "not valid UTF-8; read with U+FFFD in place of each bad byte, so names and values there may be wrong"));
      files.put(rel, text);
    }
  }

  private static boolean interesting(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".bicep")
        || n.endsWith(".bicepparam")
        || n.endsWith(".parameters.json")
        || n.endsWith(".yaml")
        || n.endsWith(".yml")
        || n.equals("flgen-manifest.json");
  }

  public Path root() {
    return root;
  }

  public SortedMap<String, String> files() {
    return files;
  }

  /**
   * Files read, but not as written (bad UTF-8) or with a bad manifest: the review is incomplete.
   */
  public List<Location.Message> problems() {
    return problems;
  }

  /**
   * Files not read at all (too large, too many, special, a link leaving the folder): the review is
   * incomplete.
   */
  public List<Location.Message> unread() {
    return unread;
  }

  public Optional<JsonNode> manifest() {
    String m = files.get("flgen-manifest.json");
    if (m == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(JsonMapper.shared().readTree(m));
    } catch (RuntimeException e) {
      problems.add(
          new Location.Message(
              new Location("flgen-manifest.json", 1, 1), "not valid JSON: " + e.getMessage()));
      return Optional.empty();
    }
  }
}
