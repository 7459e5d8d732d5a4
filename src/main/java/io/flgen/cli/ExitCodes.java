package io.flgen.cli;

/** Every exit code flgen uses. Documented in docs/exit-codes.md and in each command's help. */
public final class ExitCodes {
  private ExitCodes() {}

  /** Success: valid input, and no finding at or above --fail-on. */
  public static final int OK = 0;

  /** Findings at or above the --fail-on severity. */
  public static final int FINDINGS = 1;

  /**
   * Invalid input: bad usage, an unreadable or invalid topology, or an output folder flgen will not
   * touch.
   */
  public static final int INVALID_INPUT = 2;

  /** An internal error: a bug in flgen. Re-run with --debug and report the stack trace. */
  public static final int INTERNAL_ERROR = 3;

  /** The lines picocli shows under "Exit Codes:" in every command's help. */
  public static final String[] HELP = {
    "0:Success.",
    "1:Findings at or above the --fail-on severity.",
    "2:Invalid input (usage, topology file, output folder).",
    "3:Internal error (a bug; re-run with --debug)."
  };
}
