package io.flgen.property;

import io.flgen.cli.Flgen;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Shared budget, seed and in-process runner of the property suite and the mutation corpus.
 *
 * <p>The number of cases is {@code base × factor}: the factor is the system property {@code
 * flgen.fuzz.factor} (1 by default, 10 under {@code mvn -Pfuzz test}). The seed is the system
 * property {@code flgen.fuzz.seed} (fixed by default, so every CI run checks the same cases); every
 * failure names the seed and the case number that reproduce it.
 */
final class Fuzz {
  /** The default seed: CI checks the same cases every run. */
  static final long DEFAULT_SEED = 20261202L;

  private Fuzz() {}

  static long seed() {
    return Long.getLong("flgen.fuzz.seed", DEFAULT_SEED);
  }

  static int factor() {
    String f = System.getProperty("flgen.fuzz.factor", "1").trim();
    return f.isEmpty() ? 1 : Math.max(1, Integer.parseInt(f));
  }

  /** The number of cases for a property whose CI budget is {@code base}. */
  static int tries(int base) {
    return base * factor();
  }

  /** One in-process run of the CLI. {@code code} 3 also stands for an escaped Throwable. */
  record Run(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  /** One configured command line per thread: picocli resets every option before each parse. */
  private static final ThreadLocal<CommandLine> COMMAND_LINE =
      ThreadLocal.withInitial(Flgen::commandLine);

  /**
   * Runs {@code flgen ARGS} in this JVM, the way the launcher does, catching what would reach Main.
   */
  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = COMMAND_LINE.get();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    try {
      int code = cl.execute(args);
      return new Run(code, out.toString(), err.toString());
    } catch (Throwable t) { // StackOverflowError and friends: Main maps them to exit 3
      COMMAND_LINE.remove();
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      return new Run(3, out.toString(), err + trace.toString());
    }
  }

  /**
   * Runs {@code check} on cases 0..n-1 on every core and fails with the message of the lowest
   * failing case (the same one whatever the thread timing). {@code check} returns null for a
   * passing case.
   */
  static void forAll(int n, java.util.function.IntFunction<String> check) {
    java.util.concurrent.atomic.AtomicInteger lowest =
        new java.util.concurrent.atomic.AtomicInteger(Integer.MAX_VALUE);
    java.util.Map<Integer, String> failures = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.stream.IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              if (i > lowest.get()) {
                return;
              }
              String why = check.apply(i);
              if (why != null) {
                failures.put(i, why);
                lowest.accumulateAndGet(i, Math::min);
              }
            });
    if (!failures.isEmpty()) {
      org.junit.jupiter.api.Assertions.fail(failures.get(lowest.get()));
    }
  }

  private static final Pattern STACK_FRAME =
      Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception in thread|^Caused by: ");

  /** True when the text contains a Java stack trace. */
  static boolean hasStackTrace(String text) {
    return STACK_FRAME.matcher(text).find();
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of a report, with the reproducer: seed, case, and the input itself. */
  static String reproducer(String property, int caseNo, String yaml) {
    Path saved =
        Path.of(
            "target",
            "fuzz-failures",
            property.replaceAll("[^A-Za-z0-9]+", "-") + "-case-" + caseNo + ".yaml");
    try {
      Files.createDirectories(saved.getParent());
      Files.writeString(saved, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      saved = null;
    }
    String shown =
        yaml.length() > 4000
            ? yaml.substring(0, 4000) + "\n... (" + yaml.length() + " chars)"
            : yaml;
    return String.format(
        Locale.ROOT,
        "%s failed: re-run with -Dflgen.fuzz.seed=%d (case %d; input saved as %s)%n--- input ---%n%s",
        property,
        seed(),
        caseNo,
        saved,
        shown);
  }
}
