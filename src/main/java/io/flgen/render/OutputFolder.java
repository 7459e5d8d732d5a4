package io.flgen.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes rendered files atomically: everything goes to a temporary sibling folder, which then
 * replaces the target. A folder that exists and was not written by flgen (no manifest) is never
 * touched; in a folder flgen wrote, files its manifest does not list are the user's and are carried
 * over. A failure leaves the target as it was.
 */
public final class OutputFolder {
  private OutputFolder() {}

  /** Why the target cannot be written, or empty when it can. */
  public static Optional<String> refusal(Path target) {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      return Optional.of(target + " exists and is not a folder");
    }
    if (Files.isDirectory(target)) {
      try (Stream<Path> s = Files.list(target)) {
        boolean empty = s.findAny().isEmpty();
        if (!empty && !Files.exists(target.resolve(Renderer.MANIFEST))) {
          return Optional.of(target + " is not empty and was not written by flgen (no " + Renderer.MANIFEST
              + "); choose another folder with -o");
        }
      } catch (IOException e) {
        return Optional.of("cannot read " + target + ": " + e.getMessage());
      }
    }
    return Optional.empty();
  }

  /** Writes the files; the caller checks {@link #refusal} first. */
  public static void write(Path target, GeneratedFiles files) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + abs.getFileName() + ".flgen-tmp-");
    Path old = null;
    try {
      for (Map.Entry<String, String> e : files.asMap().entrySet()) {
        Path p = tmp.resolve(e.getKey()).normalize();
        if (!p.startsWith(tmp)) {
          throw new IllegalStateException("output path escapes the folder: " + e.getKey());
        }
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
      }
      for (Path keep : userFiles(abs)) {
        String rel = abs.relativize(keep).toString().replace('\\', '/');
        if (files.asMap().containsKey(rel)) {
          throw new IOException(rel + " in " + target + " was not written by flgen but flgen now generates it;"
              + " move it away and render again");
        }
        Path dest = tmp.resolve(rel);
        Files.createDirectories(dest.getParent());
        Files.copy(keep, dest, StandardCopyOption.COPY_ATTRIBUTES);
      }
      if (Files.exists(abs)) {
        old = parent.resolve("." + abs.getFileName() + ".flgen-old-" + tmp.getFileName().toString().replaceAll(".*-", ""));
        move(abs, old);
      }
      move(tmp, abs);
      tmp = null;
    } finally {
      if (tmp != null) {
        deleteTree(tmp);
        if (old != null && !Files.exists(abs)) {
          move(old, abs);
          old = null;
        }
      }
      if (old != null) {
        deleteTree(old);
      }
    }
  }

  /**
   * Files in a folder flgen wrote before that its manifest does not list: the user's own (for
   * example the component YAML DEPLOY.md asks for under aml/). They survive a re-render.
   */
  static java.util.List<Path> userFiles(Path folder) throws IOException {
    Path manifest = folder.resolve(Renderer.MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return java.util.List.of();
    }
    java.util.Set<String> generated = new java.util.HashSet<>();
    generated.add(Renderer.MANIFEST);
    Renderer.JSON.readTree(Files.readString(manifest)).path("files").propertyNames().forEach(generated::add);
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !generated.contains(folder.relativize(p).toString().replace('\\', '/')))
          .sorted().toList();
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
