package io.flgen.cli;

/** Entry point: {@code java -jar flgen.jar ARGS}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code;
    try {
      code = Flgen.commandLine(args).execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // picocli maps exceptions; JVM errors reach here and must not look like exit 1 ("findings")
      System.err.println("flgen: internal error: " + e);
      System.err.println(
          "This is a bug in flgen, or an input beyond its limits. Re-run with --debug and report it.");
      code = ExitCodes.INTERNAL_ERROR;
    }
    System.exit(code);
  }
}
