package io.flgen.cli;

import picocli.CommandLine;

/** Entry point: {@code java -jar flgen.jar ARGS}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Flgen.commandLine().execute(args));
  }
}
