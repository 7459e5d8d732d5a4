package io.flgen.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Node-based Bicep syntax checker {@code tools/bicep-check.mjs} (tree-sitter-bicep) from
 * the repository root, which is the working directory of the Maven test run.
 *
 * <p>Requires {@code node} on the PATH and {@code tools/node_modules} installed with {@code npm ci
 * --prefix tools}; otherwise an {@link IllegalStateException} is thrown (never a silent pass).
 */
public final class BicepSyntax {

  /** Maximum run time of one checker invocation. */
  public static final long TIMEOUT_SECONDS = 60;

  /**
   * Result of one run.
   *
   * @param exitCode 0 clean, 1 syntax errors, 2 usage/IO problem
   * @param errors the {@code path:line:col: error: ...} lines
   * @param output raw stdout and stderr
   */
  public record Result(int exitCode, List<String> errors, String output) {
    public boolean ok() {
      return exitCode == 0;
    }

    /** Throws an AssertionError with the checker output unless the run was clean. */
    public Result assertClean() {
      if (!ok()) {
        throw new AssertionError("Bicep syntax check failed (exit " + exitCode + "):\n" + output);
      }
      return this;
    }
  }

  private BicepSyntax() {}

  /** Checks files or directories (relative paths are resolved against the repo root). */
  public static Result check(Path... paths) {
    Path root = Path.of("").toAbsolutePath();
    Path script = root.resolve("tools/bicep-check.mjs");
    if (!Files.isRegularFile(script)) {
      throw new IllegalStateException(
          "missing " + script + " (tests must run from the repository root)");
    }
    if (!Files.isDirectory(root.resolve("tools/node_modules"))) {
      throw new IllegalStateException(
          "tools/node_modules is missing: run 'npm ci --prefix tools' "
              + "in "
              + root
              + " before running the tests");
    }
    List<String> command = new ArrayList<>(List.of("node", "tools/bicep-check.mjs"));
    for (Path p : paths) {
      command.add(p.toString());
    }
    Process process;
    try {
      process =
          new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot run 'node' (is Node.js 20+ on the PATH?): " + e.getMessage(), e);
    }
    try {
      process.getOutputStream().close();
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      Thread reader =
          new Thread(() -> copy(process.getInputStream(), buffer), "bicep-check-output");
      reader.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "bicep-check timed out after " + TIMEOUT_SECONDS + " s: " + command);
      }
      reader.join(TimeUnit.SECONDS.toMillis(5));
      String output;
      synchronized (buffer) {
        output = buffer.toString(StandardCharsets.UTF_8);
      }
      List<String> errors = output.lines().filter(l -> l.contains(": error: ")).toList();
      return new Result(process.exitValue(), errors, output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted while running bicep-check", e);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream buffer) {
    byte[] chunk = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(chunk)) > 0) {
        synchronized (buffer) {
          buffer.write(chunk, 0, n);
        }
      }
    } catch (IOException e) {
      // Stream closed when the process was killed; the caller reports the failure.
    }
  }
}
