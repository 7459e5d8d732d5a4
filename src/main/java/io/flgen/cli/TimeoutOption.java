package io.flgen.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The --timeout of the commands that ask live Azure (preflight, audit). */
final class TimeoutOption {
  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "How long one check may take, retries after Retry-After included (default: ${DEFAULT-VALUE}).")
  int seconds = 30;

  /** A usage error message, or null when the timeout is valid. */
  String problem() {
    return seconds < 1 ? "--timeout must be at least 1 second, got " + seconds : null;
  }

  Duration duration() {
    return Duration.ofSeconds(seconds);
  }
}
