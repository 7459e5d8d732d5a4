package io.flgen.simulate;

/** A simulation that cannot start or a step that failed; the message is for the user. */
public final class SimulationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** True when a step ran and failed (exit 1), false for bad input before anything ran (exit 2). */
  private final boolean stepFailed;

  SimulationException(String message) {
    this(message, false);
  }

  SimulationException(String message, boolean stepFailed) {
    super(message);
    this.stepFailed = stepFailed;
  }

  /** Whether a step ran and failed, as opposed to input that cannot be simulated. */
  public boolean stepFailed() {
    return stepFailed;
  }
}
