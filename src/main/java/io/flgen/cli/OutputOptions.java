package io.flgen.cli;

import picocli.CommandLine.Option;

/** Options shared by commands that print results. */
public final class OutputOptions {
  /** Output formats. */
  public enum Format {
    text,
    json,
    sarif
  }

  @Option(
      names = "--format",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; sarif: validate only).",
      defaultValue = "text")
  Format format = Format.text;

  @Option(
      names = "--no-color",
      description = "Never colour the output (colour is used only on a terminal).")
  boolean noColor;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  /** Colour only on a real terminal, only in text format, and never with --no-color or NO_COLOR. */
  Style style() {
    boolean tty = System.console() != null && System.getenv("NO_COLOR") == null;
    return new Style(tty && !noColor && format == Format.text);
  }
}
