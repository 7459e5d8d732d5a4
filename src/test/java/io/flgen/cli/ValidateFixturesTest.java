package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Runs {@code flgen validate --no-color} in-process on every invalid fixture and compares stdout
 * with the approved {@code <case>.expected.txt} next to it.
 *
 * <p>Convention: the file is passed as the path relative to the project root (Maven's working
 * directory), so the display name in every expected line is {@code
 * src/test/resources/topologies/invalid/<case>.yaml}. An expected file is therefore exactly what
 * {@code ./flgen validate --no-color src/test/resources/topologies/invalid/<case>.yaml} prints when
 * run from the project root. Waiver dates are 2020 (expired) and 2099 (valid), so the CLI's {@code
 * LocalDate.now(UTC)} never changes the outcome.
 */
class ValidateFixturesTest {
  static final Path DIR = Path.of("src/test/resources/topologies/invalid");

  record Run(int code, String out, String err) {}

  /** Runs flgen as {@link Main} does: only the named command is built. */
  static Run run(String... args) {
    return run(Flgen.commandLine(args), args);
  }

  static Run run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static List<String> fixtures() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .sorted()
          .toList();
    }
  }

  static List<Path> blueprints() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("blueprints"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void invalidFixturePrintsTheApprovedErrors(String name) throws IOException {
    Path yaml = DIR.resolve(name + ".yaml");
    Path expected = DIR.resolve(name + ".expected.txt");
    assertTrue(
        Files.isRegularFile(expected),
        "missing " + expected + "; write what flgen validate --no-color prints");
    Run r = run("validate", "--no-color", yaml.toString());
    assertEquals(
        Files.readString(expected, StandardCharsets.UTF_8), r.out(), "stdout of validate " + yaml);
    assertEquals("", r.err(), "stderr must be empty (no stack trace)");
    assertEquals(ExitCodes.INVALID_INPUT, r.code(), "exit code");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureStartsWithACommentSayingWhatIsBroken(String name) throws IOException {
    byte[] b = Files.readAllBytes(DIR.resolve(name + ".yaml"));
    assertTrue(
        b.length > 2 && b[0] == '#' && b[1] == ' ',
        name + ".yaml must start with '# <what is broken>'");
  }

  @Test
  void everyExpectedFileHasItsFixture() throws IOException {
    List<String> cases = fixtures();
    try (Stream<Path> s = Files.list(DIR)) {
      s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".expected.txt"))
          .forEach(
              n ->
                  assertTrue(
                      cases.contains(n.substring(0, n.length() - ".expected.txt".length())),
                      "orphan " + n));
    }
    assertTrue(cases.size() >= 28, "expected at least 28 fixtures, found " + cases.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blueprints")
  void blueprintIsValid(Path blueprint) {
    Run r = run("validate", "--no-color", blueprint.toString());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("valid: " + blueprint + " "), r.out());
    assertEquals(ExitCodes.OK, r.code(), r.out());
  }
}
