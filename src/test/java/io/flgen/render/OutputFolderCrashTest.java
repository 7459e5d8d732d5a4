package io.flgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.golden.Blueprints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of the output folder (issue 10, item 6): a render killed at any step of {@link
 * OutputFolder#write} leaves the old folder or the new one in place, with the user's files and
 * links, plus at most one temporary folder, which the next render removes. Each step runs in a
 * child JVM (same classpath) that halts there with {@code Runtime.halt}, as a kill would; no
 * sleeps.
 */
class OutputFolderCrashTest {
  static final String OLD = "crawl-sandbox";
  static final String NEW = "walk-eyes-on";

  /**
   * The folder as the user left it after rendering {@link #OLD} once, and a stale temp folder of a
   * killed render.
   */
  static Path prepare(Path parent, Path outside) throws IOException {
    Path out = parent.resolve("out");
    OutputFolder.write(out, Blueprints.render(OLD));
    Path spec = out.resolve("aml/components/train/spec.yaml");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, "name: train\n");
    Files.createSymbolicLink(out.resolve("notes.yaml"), Path.of("aml/components/train/spec.yaml"));
    Files.createSymbolicLink(out.resolve("outside"), outside);
    Files.createDirectories(out.resolve("scratch"));
    Path stale = Files.createDirectories(parent.resolve(".out.flgen-tmp-123"));
    Files.writeString(stale.resolve("half-written.bicep"), "x");
    return out;
  }

  /**
   * Every entry under {@code dir}, never following links: path -> file contents, link target or
   * folder.
   */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(p -> !p.equals(dir)).toList()) {
        String rel = dir.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          m.put(rel, "link -> " + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          m.put(rel, "folder");
        } else {
          m.put(rel, Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    return m;
  }

  static List<String> siblings(Path parent) throws IOException {
    try (Stream<Path> s = Files.list(parent)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("out")).sorted().toList();
    }
  }

  static int childRender(Path out, String haltAt) throws IOException, InterruptedException {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                cp,
                "-D" + OutputFolder.HALT_AT + "=" + haltAt,
                "io.flgen.cli.Main",
                "render",
                "--no-color",
                Blueprints.DIR.resolve(NEW + ".yaml").toString(),
                "-o",
                out.toString()));
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child render did not finish");
    return p.exitValue();
  }

  @Test
  void aRenderKilledAtAnyStepLeavesTheOldOrTheNewFolder(@TempDir Path tmp) throws Exception {
    Path outside = tmp.resolve("outside.txt");
    Files.writeString(outside, "the user's file outside the folder\n");
    // the expected folders: before the swap the old one, after it the new one with the user's
    // entries
    Path ref = Files.createDirectories(tmp.resolve("ref"));
    Path refOut = prepare(ref, outside);
    Map<String, String> old = snapshot(refOut);
    OutputFolder.write(refOut, Blueprints.render(NEW));
    Map<String, String> fresh = snapshot(refOut);
    assertNotEquals(old, fresh);
    assertEquals("link -> aml/components/train/spec.yaml", fresh.get("notes.yaml"));
    assertEquals("link -> " + outside, fresh.get("outside"));
    assertEquals("folder", fresh.get("scratch"));
    assertEquals(List.of(), siblings(ref), "the stale temp folder is removed");

    List<String> seen = new ArrayList<>();
    for (String step : OutputFolder.STEPS) {
      Path parent = Files.createDirectories(tmp.resolve(step));
      Path out = prepare(parent, outside);
      assertEquals(
          OutputFolder.HALT_STATUS, childRender(out, step), "the child did not halt at " + step);
      boolean swapped = OutputFolder.STEPS.indexOf(step) >= OutputFolder.STEPS.indexOf("swapped");
      assertEquals(swapped ? fresh : old, snapshot(out), "folder after a kill at " + step);
      List<String> left = siblings(parent);
      assertTrue(
          left.size() <= 1 && left.stream().allMatch(n -> n.matches("\\.out\\.flgen-tmp-[0-9]+")),
          "after a kill at " + step + ": " + left);
      seen.add(step + ": " + (swapped ? "new" : "old") + " + " + left.size() + " temp");
      // the next render completes, and removes what the killed one left
      OutputFolder.write(out, Blueprints.render(NEW));
      assertEquals(fresh, snapshot(out), "re-render after a kill at " + step);
      assertEquals(
          List.of(), siblings(parent), "leftovers after the re-render of a kill at " + step);
    }
    assertEquals("the user's file outside the folder\n", Files.readString(outside));
    assertEquals(
        List.of(
            "leftovers-removed: old + 0 temp",
            "temp-created: old + 1 temp",
            "first-file-written: old + 1 temp",
            "files-written: old + 1 temp",
            "user-files-copied: old + 1 temp",
            "swapped: new + 1 temp",
            "old-partly-deleted: new + 1 temp",
            "done: new + 0 temp"),
        seen);
  }
}
