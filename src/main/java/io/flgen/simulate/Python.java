package io.flgen.simulate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Python the steps run: {@code FLGEN_PYTHON}, else {@code .venv/bin/python} under the working
 * folder, else {@code python3} on the PATH. The same order as the Python tests.
 */
public final class Python {
  /** The variable that names the Python to use. */
  public static final String ENV_VAR = "FLGEN_PYTHON";

  /** How to create the virtual environment the kit needs. */
  public static final String SETUP =
      "create it with python3 -m venv .venv && .venv/bin/pip install -r requirements.txt";

  private Python() {}

  /** The Python executable to run the steps with. */
  public static String locate(Map<String, String> env, Path workingDir) {
    String v = env.get(ENV_VAR);
    if (v != null && !v.isBlank()) {
      return v;
    }
    Path venv = workingDir.resolve(".venv/bin/python");
    return Files.isExecutable(venv) ? venv.toAbsolutePath().normalize().toString() : "python3";
  }
}
