package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10's reproducers at the command line: special files refused at once, a flood of errors
 * capped, and diagnostics that stay one line each and valid JSON whatever the keys hold. The
 * timeouts are hang guards, not performance assertions.
 */
class HostileInputCliTest {
  @TempDir Path tmp;

  private static ValidateFixturesTest.Run validate(String... args) {
    List<String> a = new ArrayList<>(List.of("validate"));
    a.addAll(List.of(args));
    return ValidateFixturesTest.run(a.toArray(String[]::new));
  }

  private static String refused(String file) {
    return file
        + ":1:1: $: is not a regular file (a FIFO, device or socket); expected a topology YAML file\n"
        + "1 error(s) in "
        + file
        + "\n";
  }

  @Test
  @Timeout(5)
  void devZeroIsRefusedAtOnce() {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    ValidateFixturesTest.Run r = validate("--no-color", "/dev/zero");
    assertEquals(refused("/dev/zero"), r.out());
    assertEquals("", r.err());
    assertEquals(ExitCodes.INVALID_INPUT, r.code());
  }

  @Test
  @Timeout(5)
  void fifoIsRefusedWithoutOpeningIt() throws Exception {
    Path fifo = tmp.resolve("topology.yaml");
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available");
      return;
    }
    assumeTrue(p.waitFor() == 0, "mkfifo failed");
    // opening a FIFO for reading blocks until a writer comes: validate must not open it
    ValidateFixturesTest.Run r = validate("--no-color", fifo.toString());
    assertEquals(refused(fifo.toString()), r.out());
    assertEquals(ExitCodes.INVALID_INPUT, r.code());
  }

  @Test
  @Timeout(5)
  void renderRefusesADeviceToo() {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    ValidateFixturesTest.Run r =
        ValidateFixturesTest.run("render", "/dev/zero", "-o", tmp.resolve("out").toString());
    assertEquals(
        "/dev/zero:1:1: $: is not a regular file (a FIFO, device or socket); expected a topology YAML file\n"
            + "1 error(s) in /dev/zero; nothing rendered\n",
        r.out());
    assertEquals(ExitCodes.INVALID_INPUT, r.code());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  @Timeout(10)
  void twoMegabytesOfDollarBraceIsOneError() throws IOException {
    Path f = tmp.resolve("dollar.yaml");
    Files.writeString(f, "${".repeat(1_000_000), StandardCharsets.UTF_8);
    ValidateFixturesTest.Run r = validate("--no-color", f.toString());
    assertEquals(
        f
            + ":1:1: $: the document is a scalar; expected a topology mapping\n1 error(s) in "
            + f
            + "\n",
        r.out());
    assertEquals(ExitCodes.INVALID_INPUT, r.code());
  }

  @Test
  @Timeout(10)
  void aFloodOfErrorsPrintsTheFirstHundredAndACount() throws IOException {
    Path f = tmp.resolve("tabs.yaml");
    // 2 MB of tab-indented "${" lines: 500,000 errors
    Files.writeString(f, "\t${\n".repeat(500_000), StandardCharsets.UTF_8);
    ValidateFixturesTest.Run r = validate("--no-color", f.toString());
    String[] lines = r.out().split("\n", -1);
    assertEquals(
        103, lines.length, "100 errors, the rest counted, the total, and the final newline");
    assertEquals(
        f + ":1:1: $: tab used for indentation; YAML indentation must use spaces", lines[0]);
    assertEquals(
        f + ":100:1: $: tab used for indentation; YAML indentation must use spaces", lines[99]);
    assertEquals("\u2026 and 499900 more error(s)", lines[100]);
    assertEquals("500000 error(s) in " + f, lines[101]);
    assertEquals(ExitCodes.INVALID_INPUT, r.code());

    ValidateFixturesTest.Run json = validate("--format", "json", f.toString());
    JsonNode root = JsonMapper.shared().readTree(json.out());
    assertEquals(100, root.get("diagnostics").size());
    assertEquals(500_000, root.get("errorCount").asInt());
    assertEquals(499_900, root.get("omitted").asInt());
  }

  @Test
  void controlBidiAndMarkupInKeysStayValidEscapedJson() throws IOException {
    Path f = Path.of("src/test/resources/topologies/invalid/control-characters-in-keys.yaml");
    ValidateFixturesTest.Run r = validate("--format", "json", f.toString());
    String out = r.out();
    for (String raw : List.of("\u202e", "\u001b", "<", ">")) {
      assertFalse(out.contains(raw), "raw " + raw.codePointAt(0) + " in the JSON");
    }
    JsonNode ds = JsonMapper.shared().readTree(out).get("diagnostics");
    assertEquals(3, ds.size());
    // the JSON decodes to the keys exactly as written
    assertEquals(
        "job.parameters[\"a\nsrc/test/resources/topologies/invalid/x.yaml:1:1: $: fake\"]",
        ds.get(0).get("path").asString());
    assertEquals(
        "job.parameters[\"\u202e\u001b[31mred\u001b[0m\"]", ds.get(1).get("path").asString());
    assertEquals(
        "job.parameters[\"<img src=x onerror=alert(1)>\"]", ds.get(2).get("path").asString());
  }
}
