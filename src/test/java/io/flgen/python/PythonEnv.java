package io.flgen.python;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The Python the tests run: {@code FLGEN_PYTHON}, else {@code .venv/bin/python}, else {@code
 * python3}, with the packages of {@code requirements.txt}. Missing locally, the Python tests are
 * skipped with a message saying how to create the venv; under CI ({@code CI} set) they fail.
 */
final class PythonEnv {
  static final String ENV_VAR = "FLGEN_PYTHON";
  static final String SETUP = "python3 -m venv .venv && .venv/bin/pip install -r requirements.txt";
  private static String python;
  private static String problem;

  private PythonEnv() {}

  /**
   * The Python executable with every required package, or skips (fails under CI) the calling test.
   */
  static synchronized String require() {
    if (python == null && problem == null) {
      locate();
    }
    if (problem != null) {
      String msg = problem + "; create it with: " + SETUP + " (or set " + ENV_VAR + ")";
      if (System.getenv("CI") != null) {
        Assertions.fail(msg + ". CI must run the Python checks.");
      }
      Assumptions.assumeTrue(false, msg + "; skipping the Python checks");
    }
    return python;
  }

  private static void locate() {
    String env = System.getenv(ENV_VAR);
    String candidate =
        env != null && !env.isBlank()
            ? env
            : Files.isExecutable(Path.of(".venv/bin/python"))
                ? Path.of(".venv/bin/python").toAbsolutePath().toString()
                : "python3";
    try {
      Result r =
          run(
              List.of(
                  candidate,
                  "-c",
                  "import azure.ai.ml, sklearn, numpy, dp_accounting, pytest, yaml"),
              Path.of("."),
              120);
      if (r.exit() != 0) {
        problem =
            "Python "
                + candidate
                + " lacks the packages of requirements.txt ("
                + tail(r.output())
                + ")";
      } else {
        python = candidate;
      }
    } catch (IOException e) {
      problem = "no Python found at " + candidate + " (" + e.getMessage() + ")";
    }
  }

  record Result(int exit, String output) {}

  static Result run(List<String> command, Path dir, int timeoutSeconds) throws IOException {
    Path log = Files.createTempFile("flgen-python", ".log");
    try {
      Process p =
          new ProcessBuilder(new ArrayList<>(command))
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(command + " did not finish in " + timeoutSeconds + " s");
      }
      return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  static String tail(String output) {
    String[] lines = output.strip().split("\n");
    return String.join(
        "\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 5), lines.length));
  }
}
