package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.cli.ValidateFixturesTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code flgen init}: what it writes validates at its own stage, for every combination of silo
 * kinds.
 */
class InitCommandTest {
  @TempDir Path tmp;

  /** Every stage with every non-empty combination of internal, external and cross-tenant silos. */
  static Stream<Arguments> combinations() {
    List<Arguments> out = new ArrayList<>();
    for (String stage : InitCommand.STAGES) {
      for (int mask = 1; mask < 8; mask++) {
        out.add(Arguments.of(stage, mask & 1, (mask >> 1) & 1, (mask >> 2) & 1));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1} internal, {2} external, {3} cross-tenant")
  @MethodSource("combinations")
  void writesATopologyThatValidatesAtItsStage(
      String stage, int internal, int external, int crossTenant) throws Exception {
    Path file = tmp.resolve("topology.yaml");
    Run init =
        ValidateFixturesTest.run(
            "init",
            "-o",
            file.toString(),
            "--stage",
            stage,
            "--internal",
            "" + internal,
            "--external",
            "" + external,
            "--cross-tenant",
            "" + crossTenant,
            "--regions",
            "westeurope,northeurope");
    assertEquals(0, init.code(), init.err());
    assertEquals(
        "wrote "
            + file
            + " (stage "
            + stage
            + ", "
            + internal
            + " internal, "
            + external
            + " external, "
            + crossTenant
            + " cross-tenant silo(s)); next: flgen validate "
            + file
            + "\n",
        init.out());
    String text = Files.readString(file);
    assertTrue(text.contains("  stage: " + stage + " "), text);
    Run v = ValidateFixturesTest.run("validate", "--no-color", file.toString());
    assertEquals(0, v.code(), v.out() + v.err());
    assertTrue(
        v.out()
            .startsWith(
                "valid: "
                    + file
                    + " ("
                    + stage
                    + " stage, "
                    + (internal + external + crossTenant)
                    + " silo(s), public cloud)"),
        v.out());
  }

  /** A new user's first render calls only components that exist: init asks for the starter kit. */
  @Test
  void theFirstRenderCallsOnlyComponentsItWrites() throws Exception {
    Path file = tmp.resolve("topology.yaml");
    assertEquals(0, ValidateFixturesTest.run("init", "-o", file.toString()).code());
    Path out = tmp.resolve("out");
    Run r = ValidateFixturesTest.run("render", file.toString(), "-o", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?m)^\\s+component: (\\S+)$")
            .matcher(Files.readString(out.resolve("aml/pipeline.yaml")));
    int calls = 0;
    while (m.find()) {
      calls++;
      assertTrue(
          Files.isRegularFile(out.resolve("aml").resolve(m.group(1))),
          "pipeline calls missing " + m.group(1));
    }
    assertTrue(calls > 0, "no component call found in the pipeline");
  }

  @Test
  void everyCloudValidates() throws Exception {
    for (String cloud : InitCommand.CLOUDS) {
      Path file = tmp.resolve(cloud + ".yaml");
      assertEquals(
          0,
          ValidateFixturesTest.run(
                  "init", "-o", file.toString(), "--cloud", cloud, "--stage", "run")
              .code());
      Run v = ValidateFixturesTest.run("validate", "--no-color", file.toString());
      assertEquals(0, v.code(), cloud + ": " + v.out());
    }
  }

  @Test
  void withoutATerminalAndWithoutOptionsItUsesTheDefaults() {
    Run r = ValidateFixturesTest.run("init", "-o", "-");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("  stage: crawl "), r.out());
    assertTrue(r.out().contains("  - name: internal-2\n"), r.out());
    assertEquals(
        r.out(), ValidateFixturesTest.run("init", "-o", "-").out(), "same settings, same bytes");
  }

  @Test
  void neverOverwritesWithoutForce() throws Exception {
    Path file = tmp.resolve("t.yaml");
    Files.writeString(file, "mine\n");
    Run r = ValidateFixturesTest.run("init", "-o", file.toString());
    assertEquals(2, r.code());
    assertEquals("flgen: " + file + " exists; pass --force to overwrite it\n", r.err());
    assertEquals("mine\n", Files.readString(file));
    assertEquals(0, ValidateFixturesTest.run("init", "-o", file.toString(), "--force").code());
  }

  @Test
  void badValuesAreInvalidInputWithTheOptionNamed() {
    assertEquals(
        "flgen: --stage: expected one of crawl, walk, run; got 'sprint'\n",
        ValidateFixturesTest.run("init", "-o", "-", "--stage", "sprint").err());
    assertEquals(
        "flgen: expected 1 to 200 silos in all; got 0\n",
        ValidateFixturesTest.run("init", "-o", "-", "--internal", "0").err());
    assertEquals(
        "flgen: --regions: 'West Europe' is not an Azure region name (for example westeurope)\n",
        ValidateFixturesTest.run("init", "-o", "-", "--regions", "West Europe").err());
    assertEquals(2, ValidateFixturesTest.run("init", "-o", "-", "--name", "Bad_Name").code());
  }
}
