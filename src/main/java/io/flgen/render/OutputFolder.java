package io.flgen.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes rendered files so that a kill at any instant leaves either the old folder or the new one
 * in place. Everything goes to a hidden temporary sibling ({@code .DIR.flgen-tmp-N}), which then
 * trades places with the target in one atomic exchange ({@link AtomicSwap}); the old folder, now
 * under the temporary name, is deleted. A folder that exists and was not written by flgen (no
 * manifest) is never touched; in a folder flgen wrote, entries its manifest does not list are the
 * user's and are carried over as they are (a symbolic link stays a link, never a copy of its
 * target). Nothing is ever written through a symbolic link: the target may not be one, and the
 * temporary folder is new. Temporary folders left by a killed render are removed by the next one. A
 * failure leaves the target as it was.
 */
public final class OutputFolder {
  /**
   * System property naming a step of {@link #write} (one of {@link #STEPS}) at which the JVM halts
   * at once, as a kill would: the crash-safety test runs a render in a child JVM for every step.
   */
  public static final String HALT_AT = "flgen.test.haltAt";

  /**
   * The report {@code flgen review DIR} writes into a rendered folder by default. It describes one
   * render, so a re-render drops it instead of carrying it over as the user's file (issue 15).
   */
  public static final String REVIEW = "REVIEW.md";

  /** The exit status of a halt at {@link #HALT_AT}. */
  public static final int HALT_STATUS = 86;

  /** The steps of {@link #write}, in order. */
  public static final List<String> STEPS =
      List.of(
          "leftovers-removed",
          "temp-created",
          "first-file-written",
          "files-written",
          "user-files-copied",
          "swapped",
          "old-partly-deleted",
          "done");

  private static final String TMP = ".flgen-tmp-";
  private static final String OLD = ".flgen-old-";
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private OutputFolder() {}

  /** Why the target cannot be written, or empty when it can. */
  public static Optional<String> refusal(Path target) {
    if (Files.isSymbolicLink(target)) {
      return Optional.of(
          target
              + " is a symbolic link; flgen never writes through a link: give the folder it points to"
              + " with -o");
    }
    if (Files.exists(target, NOFOLLOW) && !Files.isDirectory(target, NOFOLLOW)) {
      return Optional.of(target + " exists and is not a folder");
    }
    if (Files.isDirectory(target, NOFOLLOW)) {
      try (Stream<Path> s = Files.list(target)) {
        if (s.findAny().isEmpty()) {
          return Optional.empty();
        }
      } catch (IOException e) {
        return Optional.of("cannot read " + target + ": " + e.getMessage());
      }
      Path manifest = target.resolve(Renderer.MANIFEST);
      if (!Files.exists(manifest, NOFOLLOW)) {
        return Optional.of(
            target
                + " is not empty and was not written by flgen (no "
                + Renderer.MANIFEST
                + "); choose another folder with -o");
      }
      try {
        generated(target);
      } catch (IOException e) {
        return Optional.of(e.getMessage());
      }
    }
    return Optional.empty();
  }

  /**
   * Writes the files; the caller checks {@link #refusal} first (a refused target is an IOException
   * here).
   *
   * @return whether a {@link #REVIEW} of the previous render was dropped
   */
  public static boolean write(Path target, GeneratedFiles files) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    Optional<String> refused = refusal(abs);
    if (refused.isPresent()) {
      throw new IOException(refused.get());
    }
    Path parent = abs.getParent();
    Files.createDirectories(parent);
    String name = abs.getFileName().toString();
    removeLeftovers(parent, name, abs);
    halt("leftovers-removed");
    Set<String> before = Files.isDirectory(abs, NOFOLLOW) ? generated(abs) : Set.of();
    List<Path> user =
        Files.isDirectory(abs, NOFOLLOW) ? userEntries(abs, before) : new ArrayList<>();
    boolean staleReview = !before.isEmpty() && user.remove(abs.resolve(REVIEW));
    Map<String, String> out = files.asMap();
    refuseOverlaps(target, abs, user, out);
    Path tmp = Files.createTempDirectory(parent, "." + name + TMP);
    halt("temp-created");
    boolean swapped = false;
    try {
      writeAll(tmp, out);
      halt("files-written");
      copyUserEntries(abs, tmp, user);
      halt("user-files-copied");
      if (Files.exists(abs, NOFOLLOW)) {
        swap(tmp, abs, parent, name);
      } else {
        move(tmp, abs);
      }
      swapped = true;
      halt("swapped");
      // tmp now holds the old folder (or nothing): its user entries are already in the new one
      deleteTree(tmp, () -> halt("old-partly-deleted"));
      halt("done");
      return staleReview;
    } finally {
      if (!swapped) {
        deleteTree(tmp, () -> {});
      }
    }
  }

  /** Writes the generated files under {@code tmp}, none outside it. */
  private static void writeAll(Path tmp, Map<String, String> out) throws IOException {
    boolean first = true;
    for (Map.Entry<String, String> e : out.entrySet()) {
      Path p = tmp.resolve(e.getKey()).normalize();
      if (!p.startsWith(tmp) || p.equals(tmp)) {
        throw new IllegalStateException("output path escapes the folder: " + e.getKey());
      }
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
      if (first) {
        halt("first-file-written");
        first = false;
      }
    }
  }

  /** Copies the user's entries of the old folder into the new one, links as links. */
  private static void copyUserEntries(Path abs, Path tmp, List<Path> user) throws IOException {
    for (Path keep : user) {
      Path dest = tmp.resolve(rel(abs, keep));
      Files.createDirectories(dest.getParent());
      if (Files.isSymbolicLink(keep)) {
        Files.createSymbolicLink(dest, Files.readSymbolicLink(keep));
      } else if (Files.isDirectory(keep, NOFOLLOW)) {
        Files.createDirectories(dest);
      } else {
        Files.copy(keep, dest, StandardCopyOption.COPY_ATTRIBUTES, NOFOLLOW);
      }
    }
  }

  /** A file of the user's at a path flgen now generates stops the render. */
  private static void refuseOverlaps(
      Path target, Path abs, List<Path> user, Map<String, String> out) throws IOException {
    for (Path keep : user) {
      String rel = rel(abs, keep);
      if (out.containsKey(rel) || out.keySet().stream().anyMatch(k -> k.startsWith(rel + "/"))) {
        throw new IOException(
            rel
                + " in "
                + target
                + " was not written by flgen but flgen now generates it;"
                + " move it away and render again");
      }
    }
  }

  /**
   * Puts {@code fresh} at {@code target} and the old target at {@code fresh}, atomically where the
   * system can. Elsewhere it takes two renames; a kill between them leaves the old folder as {@code
   * .DIR.flgen-old-N}, which the next run puts back ({@link #removeLeftovers}).
   */
  private static void swap(Path fresh, Path target, Path parent, String name) throws IOException {
    if (AtomicSwap.exchange(fresh, target)) {
      return;
    }
    Path old =
        parent.resolve(
            "."
                + name
                + OLD
                + fresh.getFileName().toString().substring(name.length() + 1 + TMP.length()));
    move(target, old);
    move(fresh, target);
    move(old, fresh);
  }

  /**
   * Removes what killed renders of this target left: {@code .DIR.flgen-tmp-N} folders, and puts a
   * {@code .DIR.flgen-old-N} back in place when the target is missing (a kill between the two
   * renames of the fallback swap); other such folders are deleted. Never follows a link.
   */
  private static void removeLeftovers(Path parent, String name, Path target) throws IOException {
    Pattern leftover = Pattern.compile(Pattern.quote("." + name) + "\\.flgen-(tmp|old)-[0-9]+");
    List<Path> found;
    try (Stream<Path> s = Files.list(parent)) {
      found =
          s.filter(p -> leftover.matcher(p.getFileName().toString()).matches()).sorted().toList();
    }
    for (Path p : found) {
      if (!Files.exists(target, NOFOLLOW)
          && p.getFileName().toString().contains(OLD)
          && Files.isDirectory(p, NOFOLLOW)) {
        move(p, target);
      } else {
        deleteTree(p, () -> {});
      }
    }
  }

  /** The paths the manifest of {@code folder} lists (and the manifest itself). */
  static Set<String> generated(Path folder) throws IOException {
    Path manifest = folder.resolve(Renderer.MANIFEST);
    String shown = folder.resolve(Renderer.MANIFEST).toString();
    if (!Files.isRegularFile(manifest, NOFOLLOW)) {
      throw new IOException(
          shown
              + " is not a regular file (a folder, a symbolic link or a special file); flgen will"
              + " not touch "
              + folder
              + ": remove it, or choose another folder with -o");
    }
    String text;
    tools.jackson.databind.JsonNode files;
    try {
      text = Files.readString(manifest, StandardCharsets.UTF_8);
      files = Renderer.JSON.readTree(text).path("files");
    } catch (IOException | RuntimeException e) {
      throw new IOException(
          shown
              + " is not a manifest flgen wrote (not readable UTF-8 JSON: "
              + firstLine(e.getMessage())
              + "); flgen will not touch "
              + folder
              + ": restore or delete the manifest, or choose another folder with -o");
    }
    if (!files.isObject()) {
      throw new IOException(
          shown
              + " is not a manifest flgen wrote (no \"files\" object); flgen will not touch "
              + folder
              + ": restore or delete the manifest, or choose another folder with -o");
    }
    Set<String> generated = new HashSet<>();
    generated.add(Renderer.MANIFEST);
    files.propertyNames().forEach(generated::add);
    return generated;
  }

  private static String firstLine(String s) {
    String m = s == null ? "" : s.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /**
   * Entries in a folder flgen wrote before that its manifest does not list: the user's own (for
   * example the component YAML DEPLOY.md asks for under aml/). Files, symbolic links (never
   * followed) and empty folders; they survive a re-render as they are. A FIFO, socket or device
   * cannot be carried over and stops the render.
   */
  static List<Path> userEntries(Path folder, Set<String> generated) throws IOException {
    List<Path> out = new ArrayList<>();
    List<Path> all;
    try (Stream<Path> s = Files.walk(folder)) {
      all = s.filter(p -> !p.equals(folder)).sorted().toList();
    }
    for (Path p : all) {
      String rel = rel(folder, p);
      if (generated.contains(rel)) {
        continue;
      }
      if (Files.isSymbolicLink(p) || Files.isRegularFile(p, NOFOLLOW)) {
        out.add(p);
      } else if (Files.isDirectory(p, NOFOLLOW)) {
        try (Stream<Path> s = Files.list(p)) {
          if (s.findAny().isEmpty()) {
            out.add(p);
          }
        }
      } else {
        throw new IOException(
            rel
                + " in "
                + folder
                + " is not a file, folder or symbolic link (a FIFO, socket or device);"
                + " flgen cannot carry it over: move it away and render again");
      }
    }
    return out;
  }

  private static String rel(Path folder, Path p) {
    return folder.relativize(p).toString().replace('\\', '/');
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
      Files.move(from, to);
    }
  }

  private static void halt(String step) {
    if (step.equals(System.getProperty(HALT_AT))) {
      Runtime.getRuntime().halt(HALT_STATUS);
    }
  }

  /** Deletes a tree without following links; {@code afterFirst} runs after the first deletion. */
  static void deleteTree(Path root, Runnable afterFirst) {
    if (!Files.exists(root, NOFOLLOW)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      boolean first = true;
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
        if (first) {
          afterFirst.run();
          first = false;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
