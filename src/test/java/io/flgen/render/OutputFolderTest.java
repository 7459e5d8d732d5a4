package io.flgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.golden.Blueprints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder: atomic replace, refusal of foreign folders, and the user's own files kept. */
class OutputFolderTest {
  @Test
  void aForeignFolderIsRefused(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "mine");
    assertEquals("" + tmp + " is not empty and was not written by flgen (no flgen-manifest.json); choose another folder with -o",
        OutputFolder.refusal(tmp).orElseThrow());
  }

  @Test
  void aReRenderKeepsTheUsersComponentFiles(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out");
    OutputFolder.write(out, Blueprints.render("crawl-sandbox"));
    Path spec = out.resolve("aml/components/train/spec.yaml");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, "name: train\n");
    OutputFolder.write(out, Blueprints.render("crawl-sandbox"));
    assertEquals("name: train\n", Files.readString(spec));
    assertTrue(Files.exists(out.resolve("infra/main.bicep")));
  }

  @Test
  void aUserFileAtAPathFlgenNowGeneratesStopsTheRenderAndLeavesTheFolder(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out");
    OutputFolder.write(out, Blueprints.render("crawl-sandbox"));
    Files.delete(out.resolve("aml/pipeline.yaml"));
    // pretend an older flgen did not generate it: drop it from the manifest, and leave a user file there
    Path manifest = out.resolve(Renderer.MANIFEST);
    Files.writeString(manifest, Files.readString(manifest).replaceAll("\\s*\"aml/pipeline.yaml\" : \"[0-9a-f]+\",", ""));
    Files.writeString(out.resolve("aml/pipeline.yaml"), "# mine\n");
    IOException e = assertThrows(IOException.class, () -> OutputFolder.write(out, Blueprints.render("crawl-sandbox")));
    assertTrue(e.getMessage().startsWith("aml/pipeline.yaml in "), e.getMessage());
    assertEquals("# mine\n", Files.readString(out.resolve("aml/pipeline.yaml")));
  }
}
