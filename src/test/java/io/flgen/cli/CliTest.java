package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.cli.ValidateFixturesTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The command-line surface: version, help, schema, JSON output, bad usage, completion. */
class CliTest {
  private static Run run(String... args) {
    return ValidateFixturesTest.run(args);
  }

  /** Every flgen subcommand except picocli's built-in help and completion commands. */
  static List<String> subcommands() {
    return Flgen.commandLine().getSubcommands().keySet().stream()
        .filter(n -> !n.equals("help") && !n.equals("generate-completion"))
        .sorted()
        .toList();
  }

  /**
   * Main builds only the command it runs (start time); that command must parse, print usage and
   * fail exactly as it does inside the full tree.
   */
  @ParameterizedTest
  @MethodSource("subcommands")
  void aCommandBuiltAloneBehavesAsInTheFullTree(String name) {
    assertEquals(
        List.of(name),
        List.copyOf(Flgen.commandLine(new String[] {name}).getSubcommands().keySet()));
    for (String[] args :
        List.of(
            new String[] {name, "--help"},
            new String[] {name, "--no-such-option"},
            new String[] {name, "--fail-on"})) {
      Run alone = ValidateFixturesTest.run(Flgen.commandLine(args), args);
      Run full = ValidateFixturesTest.run(Flgen.commandLine(), args);
      assertEquals(full, alone, String.join(" ", args));
    }
  }

  @Test
  void helpAndMistypedCommandsStillSeeEveryCommand() {
    int all = Flgen.commandLine().getSubcommands().size();
    assertEquals(14, all);
    assertEquals(all, Flgen.commandLine(new String[] {"help", "validate"}).getSubcommands().size());
    assertEquals(all, Flgen.commandLine(new String[] {"valdate"}).getSubcommands().size());
    Run r = run("help", "validate");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Usage: flgen validate "), r.out());
    Run typo = run("valdate", "x.yaml");
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("validate"), typo.err());
  }

  @Test
  void version() {
    Run r = run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().matches("flgen (dev|[0-9][0-9A-Za-z.-]*)\\R"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void versionVerboseSaysWhichStartupArchiveIsInUse() {
    Run r = run("--version", "--verbose");
    assertEquals(0, r.code());
    String[] lines = r.out().split("\\R");
    assertEquals(3, lines.length, r.out());
    assertTrue(lines[1].startsWith("java: " + System.getProperty("java.version") + " ("), lines[1]);
    assertTrue(
        lines[2].startsWith(
            "startup: not started by ./flgen (no archive requested); class sharing o"),
        lines[2]);
    assertEquals(
        "AppCDS archive target/flgen.jsa (in use: class sharing on)",
        Flgen.Version.startup("AppCDS archive target/flgen.jsa", "mixed mode, sharing"));
    assertEquals(
        "AOT cache target/flgen-validate.aot (NOT in use: the JVM maps no shared classes)",
        Flgen.Version.startup("AOT cache target/flgen-validate.aot", "mixed mode"));
  }

  @Test
  void rootHelpListsExitCodes() {
    Run r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Exit Codes:"), r.out());
    assertTrue(r.out().contains("validate"), r.out());
  }

  @ParameterizedTest(name = "{0} --help")
  @MethodSource("subcommands")
  void subcommandHelpListsExitCodes(String name) {
    Run r = run(name, "--help");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Exit Codes:"), name + " --help:\n" + r.out());
    assertTrue(r.out().startsWith("Usage: flgen " + name), r.out());
  }

  @Test
  void hiddenDocsCommandIsNotInRootHelp() {
    assertTrue(subcommands().contains("docs"));
    String help = run("--help").out();
    assertTrue(!help.matches("(?s).*\\n\\s+docs\\s.*"), help);
  }

  @Test
  void schemaPrintsTheSchemaFileExactly() throws IOException {
    Run r = run("schema");
    assertEquals(0, r.code());
    assertEquals(
        Files.readString(Path.of("schemas/topology.schema.json"), StandardCharsets.UTF_8), r.out());
  }

  @Test
  void validateJsonOnAnInvalidFixture() {
    String file = "src/test/resources/topologies/invalid/unknown-key.yaml";
    Run r = run("validate", "--format", "json", file);
    assertEquals(2, r.code());
    assertEquals("", r.err());
    String expected =
        """
        {
          "file" : "src/test/resources/topologies/invalid/unknown-key.yaml",
          "valid" : false,
          "diagnostics" : [ {
            "code" : "FLG110",
            "file" : "src/test/resources/topologies/invalid/unknown-key.yaml",
            "line" : 6,
            "column" : 3,
            "path" : "metadata.stgae",
            "message" : "unknown key 'stgae' in metadata; did you mean 'stage'?"
          } ],
          "errorCount" : 1,
          "omitted" : 0
        }
        """;
    assertEquals(expected, r.out().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void validateJsonOnABlueprintIsValid() {
    Run r = run("validate", "--format", "json", "blueprints/crawl-sandbox.yaml");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("\"valid\" : true"), r.out());
    assertTrue(r.out().contains("\"diagnostics\" : [ ]"), r.out());
  }

  @Test
  void unknownOptionExitsTwoWithASuggestion() {
    Run r = run("validate", "--no-colr", "blueprints/crawl-sandbox.yaml");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("flgen: Unknown option: '--no-colr'"), r.err());
    assertTrue(r.err().contains("--no-color"), "suggests --no-color: " + r.err());
    assertTrue(r.err().contains("Run 'flgen validate --help' for usage."), r.err());
  }

  @Test
  void unknownSubcommandExitsTwoWithASuggestion() {
    Run r = run("valdate", "x.yaml");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("validate"), r.err());
  }

  @Test
  void missingFileIsInvalidInputNotACrash() {
    Run r = run("validate", "--no-color", "does-not-exist.yaml");
    assertEquals(2, r.code());
    assertEquals("", r.err());
    assertEquals(
        "does-not-exist.yaml:1:1: $: file not found\n1 error(s) in does-not-exist.yaml\n",
        r.out().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void generateCompletionPrintsABashScript() {
    Run r = run("generate-completion");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out().lines().findFirst().orElse(""));
    assertTrue(r.out().contains("complete -F"), "registers a bash completion function");
    assertTrue(r.out().contains("validate"), "completes subcommands");
  }
}
