package io.flgen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.flgen.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input: each case must come back as located diagnostics, never an exception, a hang or an
 * OutOfMemoryError. The 5-second timeouts are hang guards, not benchmarks.
 */
class HostileInputTest {
  private static final Duration GUARD = Duration.ofSeconds(5);

  @TempDir Path tmp;

  private static List<Diagnostic> guarded(Supplier<YamlReader.Result> read) {
    YamlReader.Result r = assertTimeoutPreemptively(GUARD, read::get);
    assertFalse(r.ok(), "hostile input must not load");
    return r.diagnostics();
  }

  private static YamlReader.Result parse(String text) {
    return YamlReader.parse(text.getBytes(StandardCharsets.UTF_8), "t.yaml");
  }

  @Test
  void aliasBomb() {
    StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    String prev = "a";
    for (char c = 'b'; c <= 'j'; c++) {
      sb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        sb.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      sb.append("]\n");
      prev = String.valueOf(c);
    }
    List<Diagnostic> d = guarded(() -> parse(sb.toString()));
    assertEquals(
        List.of(
            "t.yaml:1:1: $: more than 50 YAML aliases to lists or mappings; alias bombs are rejected"),
        d.stream().map(Diagnostic::toString).toList());
    assertEquals("FLG102", d.get(0).code());
  }

  @Test
  void threeMegabytesOfRandomBytes() {
    byte[] b = new byte[3 * 1024 * 1024];
    new Random(42).nextBytes(b);
    int bad = YamlReader.firstInvalidUtf8(b);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bad; i++) {
      if (b[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String expected =
        String.format(
            "t.yaml:%d:%d: $: not valid UTF-8 (byte 0x%02X at offset %d); expected a UTF-8 text file",
            line, bad - lineStart + 1, b[bad] & 0xff, bad);
    List<Diagnostic> d = guarded(() -> YamlReader.parse(b, "t.yaml"));
    assertEquals(List.of(expected), d.stream().map(Diagnostic::toString).toList());
    assertEquals("FLG101", d.get(0).code());
  }

  @Test
  void missingFile() {
    List<Diagnostic> d = guarded(() -> YamlReader.read(tmp.resolve("nope.yaml"), "nope.yaml"));
    assertEquals(
        List.of("nope.yaml:1:1: $: file not found"), d.stream().map(Diagnostic::toString).toList());
    assertEquals("FLG100", d.get(0).code());
  }

  @Test
  void directoryInsteadOfFile() {
    List<Diagnostic> d = guarded(() -> YamlReader.read(tmp, "dir"));
    assertEquals(
        List.of("dir:1:1: $: is a directory; expected a topology YAML file"),
        d.stream().map(Diagnostic::toString).toList());
  }

  @Test
  void deepNesting() {
    String text = "[".repeat(10_000);
    List<Diagnostic> d = guarded(() -> parse(text));
    assertEquals(
        List.of(
            "t.yaml:1:1: $: document nested more than 64 levels deep; a topology needs about 8"),
        d.stream().map(Diagnostic::toString).toList());
  }

  @Test
  void deepBlockNesting() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      sb.append(" ".repeat(i)).append("k:\n");
    }
    List<Diagnostic> d = guarded(() -> parse(sb.toString()));
    assertEquals(
        List.of(
            "t.yaml:1:1: $: document nested more than 64 levels deep; a topology needs about 8"),
        d.stream().map(Diagnostic::toString).toList());
  }

  @Test
  void nineMegabyteFile() throws IOException {
    Path f = tmp.resolve("big.yaml");
    byte[] b = new byte[9 * 1024 * 1024];
    java.util.Arrays.fill(b, (byte) '#');
    Files.write(f, b);
    List<Diagnostic> d = guarded(() -> YamlReader.read(f, "big.yaml"));
    assertEquals(
        List.of("big.yaml:1:1: $: file is 9437184 bytes; the limit is 8388608 bytes"),
        d.stream().map(Diagnostic::toString).toList());
    assertEquals("FLG102", d.get(0).code());
  }

  @Test
  void nineMegabytesOfBytesInMemory() {
    byte[] b = new byte[9 * 1024 * 1024];
    java.util.Arrays.fill(b, (byte) '#');
    List<Diagnostic> d = guarded(() -> YamlReader.parse(b, "big.yaml"));
    assertEquals(
        List.of("big.yaml:1:1: $: input is 9437184 bytes; the limit is 8388608 bytes"),
        d.stream().map(Diagnostic::toString).toList());
  }

  @Test
  void hugeFlatDocument() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      sb.append('k').append(i).append(": ").append(i).append('\n');
    }
    // Warm the YAML scanner up first: the guard catches hangs, not a cold JIT on a slow CI box.
    parse(sb.substring(0, sb.indexOf("k5000:")));
    List<Diagnostic> d = guarded(() -> parse(sb.toString()));
    assertEquals(
        List.of("t.yaml:1:1: $: mapping has 50000 keys; the limit is 10000 keys per mapping"),
        d.stream().map(Diagnostic::toString).toList());
    assertEquals("FLG102", d.get(0).code());
  }

  @Test
  void eightMebibytesOfOneCommentLineReadInLinearTime() throws IOException {
    // Issue 10: a topology that is mostly one comment line took 41-65 s (the YAML reader copied
    // its 1 KiB window again for every 1 KiB of the line). It must load, well inside the guard.
    String blueprint = Files.readString(Path.of("blueprints/crawl-sandbox.yaml"));
    String text =
        blueprint + "#" + "x".repeat((int) YamlReader.MAX_BYTES - blueprint.length() - 2) + "\n";
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    assertEquals(YamlReader.MAX_BYTES, b.length);
    YamlReader.Result r = assertTimeoutPreemptively(GUARD, () -> YamlReader.parse(b, "t.yaml"));
    assertEquals(List.of(), r.diagnostics());
    assertEquals("fl-crawl", r.document().root().path("metadata").path("name").asString());
  }

  @Test
  void oneLongPlainScalarReadInLinearTime() {
    String text = "name: " + "a".repeat(8_000_000) + "\n";
    YamlReader.Result r = assertTimeoutPreemptively(GUARD, () -> parse(text));
    assertEquals(8_000_000, r.document().root().get("name").asString().length());
  }

  @Test
  void numberLiteralOfAMillionDigits() {
    List<Diagnostic> d = guarded(() -> parse("rounds: " + "9".repeat(1_000_000) + "\n"));
    assertEquals(
        List.of(
            "t.yaml:1:9: rounds: number 999999999999999999999... (1000000 characters) is beyond the"
                + " largest number flgen reads (about 1.8e308, a 64-bit float)"),
        d.stream().map(Diagnostic::toString).toList());
    assertEquals("FLG102", d.get(0).code());
  }
}
