package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.cli.ValidateFixturesTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flgen plan}: what a re-render would change, against a previous render's manifest. */
class PlanCommandTest {
  @TempDir Path tmp;

  private static final Path CRAWL = Path.of("blueprints/crawl-sandbox.yaml");
  private static final Path CRAWL_OUT = Path.of("generated-samples/crawl-sandbox");

  private Path edited(String from, String to) throws IOException {
    String text = Files.readString(CRAWL);
    assertTrue(text.contains(from), from);
    Path f = tmp.resolve("crawl.yaml");
    Files.writeString(
        f,
        text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    return f;
  }

  @Test
  void theSameTopologyChangesNothing() {
    Run r = ValidateFixturesTest.run("plan", CRAWL.toString(), "-o", CRAWL_OUT.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals(
        "no changes: a render of " + CRAWL + " writes exactly what " + CRAWL_OUT + " holds\n",
        r.out());
  }

  @Test
  void aRegionChangeReplacesEveryResourceOfThatParty() throws IOException {
    Path f = edited("  region: eastus", "  region: westus3");
    Run r = ValidateFixturesTest.run("plan", f.toString(), "-o", CRAWL_OUT.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "  Microsoft.MachineLearningServices/workspaces mlw-flcrawl (orchestrator): region eastus -> "
                    + "westus3 (a location cannot change in place)\n"),
        r.out());
    assertTrue(r.out().contains("\n  changed infra/main.bicep\n"), r.out());
    assertTrue(
        r.out().endsWith("7 to replace, 0 to add, 0 to remove, 0 access change(s), 2 file(s)\n"),
        r.out());
  }

  @Test
  void hbiIsSetAtCreationOnly() throws IOException {
    Path f = edited("    hbi: false", "    hbi: true");
    Run r = ValidateFixturesTest.run("plan", f.toString(), "-o", CRAWL_OUT.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "  Microsoft.MachineLearningServices/workspaces mlw-flcrawl (orchestrator): hbi false -> true "
                    + "(the high-business-impact flag is set at creation only)\n"),
        r.out());
  }

  @Test
  void aRenamedSiloIsAnotherPartyWithNewResourcesAndAccess() throws IOException {
    Path f = edited("  - name: silo-a\n", "  - name: silo-z\n");
    Run r = ValidateFixturesTest.run("plan", f.toString(), "-o", CRAWL_OUT.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "add (2):\n  Microsoft.ManagedIdentity/userAssignedIdentities id-flcrawl-silo-z (silo-z)\n"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "remove (2):\n  Microsoft.ManagedIdentity/userAssignedIdentities id-flcrawl-silo-a (silo-a)\n"),
        r.out());
    assertTrue(r.out().contains("access added (7):\n"), r.out());
    assertTrue(r.out().contains("access removed (7):\n"), r.out());
  }

  @Test
  void aBumpedDataVersionIsANewAssetVersionToCreate() throws IOException {
    Path walk = Path.of("blueprints/walk-eyes-on.yaml");
    String text = Files.readString(walk);
    String from = "      testing: ct-scans/test\n";
    assertTrue(text.contains(from), from);
    Path f = tmp.resolve("walk.yaml");
    Files.writeString(f, text.replaceFirst(from, from + "      version: 2\n"));
    Run r = ValidateFixturesTest.run("plan", f.toString(), "-o", "generated-samples/walk-eyes-on");
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "data assets (az ml data create the new versions) (2):\n"
                    + "  paris-test: version 1 -> 2\n"
                    + "  paris-train: version 1 -> 2\n"
                    + "files (3):\n"
                    + "  changed aml/data/paris-test.yaml\n"
                    + "  changed aml/data/paris-train.yaml\n"
                    + "  changed aml/pipeline.yaml\n"),
        r.out());
    assertTrue(
        r.out().endsWith("0 to replace, 0 to add, 0 to remove, 0 access change(s), 3 file(s)\n"),
        r.out());
  }

  @Test
  void aRenamedComputeIsReplaced() throws IOException {
    Path f = tmp.resolve("crawl.yaml");
    Files.writeString(f, Files.readString(CRAWL).replace("orch-cpu", "orch-cpu2"));
    Run r = ValidateFixturesTest.run("plan", f.toString(), "-o", CRAWL_OUT.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "  Microsoft.MachineLearningServices/workspaces/computes mlw-flcrawl/orch-cpu (orchestrator) -> "
                    + "mlw-flcrawl/orch-cpu2: a name cannot change in place\n"),
        r.out());
  }

  @Test
  void aFolderWithoutAManifestIsInvalidInput() {
    Run r = ValidateFixturesTest.run("plan", CRAWL.toString(), "-o", tmp.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertEquals(
        "flgen: "
            + tmp.resolve("flgen-manifest.json")
            + " is not a manifest flgen wrote (missing, or not a regular "
            + "file); render the topology into "
            + tmp
            + " first\n",
        r.err());
  }
}
