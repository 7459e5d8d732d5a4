package io.flgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.golden.Blueprints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder: atomic replace, refusal of foreign folders, and the user's own files kept. */
class OutputFolderTest {
  @Test
  void aForeignFolderIsRefused(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "mine");
    assertEquals(
        ""
            + tmp
            + " is not empty and was not written by flgen (no flgen-manifest.json); choose another folder with -o",
        OutputFolder.refusal(tmp).orElseThrow());
  }

  @Test
  void aReRenderKeepsTheUsersComponentFiles(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out");
    OutputFolder.write(out, Blueprints.render("crawl-sandbox"));
    Path spec = out.resolve("aml/components/mine/spec.yaml");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, "name: train\n");
    OutputFolder.write(out, Blueprints.render("crawl-sandbox"));
    assertEquals("name: train\n", Files.readString(spec));
    assertTrue(Files.exists(out.resolve("infra/main.bicep")));
  }

  @Test
  void aUserFileAtAPathFlgenNowGeneratesStopsTheRenderAndLeavesTheFolder(@TempDir Path tmp)
      throws IOException {
    Path out = tmp.resolve("out");
    OutputFolder.write(out, Blueprints.render("crawl-sandbox"));
    Files.delete(out.resolve("aml/pipeline.yaml"));
    // pretend an older flgen did not generate it: drop it from the manifest, and leave a user file
    // there
    Path manifest = out.resolve(Renderer.MANIFEST);
    Files.writeString(
        manifest,
        Files.readString(manifest).replaceAll("\\s*\"aml/pipeline.yaml\" : \"[0-9a-f]+\",", ""));
    Files.writeString(out.resolve("aml/pipeline.yaml"), "# mine\n");
    IOException e =
        assertThrows(
            IOException.class, () -> OutputFolder.write(out, Blueprints.render("crawl-sandbox")));
    assertTrue(e.getMessage().startsWith("aml/pipeline.yaml in "), e.getMessage());
    assertEquals("# mine\n", Files.readString(out.resolve("aml/pipeline.yaml")));
  }

  @Test
  void userSymlinksStayLinksAndNothingIsWrittenThroughOne(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out");
    Path victim = Files.writeString(tmp.resolve("victim.md"), "not flgen's\n");
    OutputFolder.write(out, Blueprints.render("crawl-sandbox"));
    Files.createSymbolicLink(out.resolve("mine.md"), victim);
    // the user replaced a generated file with a link: the re-render writes a new file, not the
    // link's target
    Files.delete(out.resolve("DEPLOY.md"));
    Files.createSymbolicLink(out.resolve("DEPLOY.md"), victim);
    OutputFolder.write(out, Blueprints.render("crawl-sandbox"));
    assertTrue(Files.isSymbolicLink(out.resolve("mine.md")));
    assertEquals(victim, Files.readSymbolicLink(out.resolve("mine.md")));
    assertTrue(
        Files.isRegularFile(out.resolve("DEPLOY.md"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertEquals("not flgen's\n", Files.readString(victim));
  }

  @Test
  void aTargetThatIsASymlinkIsRefused(@TempDir Path tmp) throws IOException {
    Path real = Files.createDirectories(tmp.resolve("real"));
    Path link = Files.createSymbolicLink(tmp.resolve("out"), real);
    assertEquals(
        link
            + " is a symbolic link; flgen never writes through a link: give the folder it points to with -o",
        OutputFolder.refusal(link).orElseThrow());
    assertThrows(
        IOException.class, () -> OutputFolder.write(link, Blueprints.render("crawl-sandbox")));
    assertEquals(List.of(), Files.list(real).toList());
  }

  @Test
  void aManifestThatIsAFolderIsRefusedAndTheUsersFilesStay(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out");
    OutputFolder.write(out, Blueprints.render("crawl-sandbox"));
    Files.delete(out.resolve(Renderer.MANIFEST));
    Files.createDirectories(out.resolve(Renderer.MANIFEST));
    Files.writeString(out.resolve("mine.txt"), "mine");
    assertEquals(
        out.resolve(Renderer.MANIFEST)
            + " is not a regular file (a folder, a symbolic link or a special file);"
            + " flgen will not touch "
            + out
            + ": remove it, or choose another folder with -o",
        OutputFolder.refusal(out).orElseThrow());
    assertThrows(
        IOException.class, () -> OutputFolder.write(out, Blueprints.render("crawl-sandbox")));
    assertEquals("mine", Files.readString(out.resolve("mine.txt")));
    assertTrue(Files.isDirectory(out.resolve(Renderer.MANIFEST)));
  }

  @Test
  void theFallbackSwapKilledBetweenItsRenamesIsRepairedByTheNextRender(@TempDir Path tmp)
      throws IOException {
    // where the system cannot exchange two folders atomically, a kill between the two renames
    // leaves the old folder as .out.flgen-old-N and the finished new one as .out.flgen-tmp-N
    Path out = tmp.resolve("out");
    OutputFolder.write(out, Blueprints.render("crawl-sandbox"));
    Files.writeString(out.resolve("mine.txt"), "mine");
    Files.move(out, tmp.resolve(".out.flgen-old-42"));
    Files.createDirectories(tmp.resolve(".out.flgen-tmp-42/infra"));
    OutputFolder.write(out, Blueprints.render("walk-eyes-on"));
    assertEquals("mine", Files.readString(out.resolve("mine.txt")));
    assertTrue(Files.readString(out.resolve("infra/main.bicep")).contains("walk"));
    assertEquals(List.of(out), Files.list(tmp).toList());
  }

  @Test
  void aLeftoverThatIsALinkIsRemovedWithoutFollowingIt(@TempDir Path tmp) throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("keep.txt"), "keep");
    Path parent = Files.createDirectories(tmp.resolve("p"));
    Files.createSymbolicLink(parent.resolve(".out.flgen-tmp-7"), elsewhere);
    OutputFolder.write(parent.resolve("out"), Blueprints.render("crawl-sandbox"));
    assertEquals(List.of(parent.resolve("out")), Files.list(parent).toList());
    assertEquals("keep", Files.readString(elsewhere.resolve("keep.txt")));
  }
}
