package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.cli.ValidateFixturesTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * render -o DIR on a folder whose manifest is broken: exit 2 with a message, the folder untouched.
 */
class RenderOutputFolderTest {
  static final String TOPOLOGY = "blueprints/crawl-sandbox.yaml";

  private static Path rendered(Path tmp) {
    Path out = tmp.resolve("out");
    Run r = ValidateFixturesTest.run("render", "--no-color", TOPOLOGY, "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    return out;
  }

  @Test
  void aCorruptManifestIsExit2WithAMessage(@TempDir Path tmp) throws IOException {
    Path out = rendered(tmp);
    Path manifest = out.resolve("flgen-manifest.json");
    Files.writeString(manifest, "{\"files\": ");
    Files.writeString(out.resolve("mine.txt"), "mine");
    Run r = ValidateFixturesTest.run("render", "--no-color", TOPOLOGY, "-o", out.toString());
    assertEquals(ExitCodes.INVALID_INPUT, r.code());
    assertEquals("", r.out());
    String prefix =
        "flgen: " + manifest + " is not a manifest flgen wrote (not readable UTF-8 JSON: ";
    String suffix =
        "); flgen will not touch "
            + out
            + ": restore or delete the manifest, or choose another folder with -o\n";
    assertTrue(
        r.err().startsWith(prefix) && r.err().endsWith(suffix) && r.err().lines().count() == 1,
        r.err());
    assertEquals("{\"files\": ", Files.readString(manifest));
    assertEquals("mine", Files.readString(out.resolve("mine.txt")));
  }

  @Test
  void aManifestWithoutAFilesObjectIsExit2(@TempDir Path tmp) throws IOException {
    Path out = rendered(tmp);
    Path manifest = out.resolve("flgen-manifest.json");
    Files.writeString(manifest, "[1, 2]");
    Run r = ValidateFixturesTest.run("render", "--no-color", TOPOLOGY, "-o", out.toString());
    assertEquals(ExitCodes.INVALID_INPUT, r.code());
    assertEquals(
        "flgen: "
            + manifest
            + " is not a manifest flgen wrote (no \"files\" object); flgen will not touch "
            + out
            + ": restore or delete the manifest, or choose another folder with -o\n",
        r.err());
  }

  @Test
  void aManifestThatIsAFolderIsExit2AndNoFileIsDeleted(@TempDir Path tmp) throws IOException {
    Path out = rendered(tmp);
    Path manifest = out.resolve("flgen-manifest.json");
    Files.delete(manifest);
    Files.createDirectories(manifest);
    long before;
    try (var s = Files.walk(out)) {
      before = s.count();
    }
    Run r = ValidateFixturesTest.run("render", "--no-color", TOPOLOGY, "-o", out.toString());
    assertEquals(ExitCodes.INVALID_INPUT, r.code());
    assertEquals(
        "flgen: "
            + manifest
            + " is not a regular file (a folder, a symbolic link or a special file); flgen will"
            + " not touch "
            + out
            + ": remove it, or choose another folder with -o\n",
        r.err());
    try (var s = Files.walk(out)) {
      assertEquals(before, s.count());
    }
  }
}
