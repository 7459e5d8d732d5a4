package io.flgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every flgen subcommand shares: picocli's help and version options, the heading of its exit
 * codes, and a run on the command line's writers, both flushed however it ends. A subcommand's own
 * {@code @Command} names it and says its description and exit codes; picocli reads this class's
 * annotation first and the subcommand's over it.
 */
@Command(mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit Codes:%n")
abstract class CliCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public final Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The command's work: what it prints goes to {@code out}, what went wrong to {@code err}. */
  abstract int run(PrintWriter out, PrintWriter err) throws IOException;

  /** Says {@code flgen: PROBLEM} on {@code err}: the exit code of invalid input. */
  static int invalid(PrintWriter err, String problem) {
    err.println("flgen: " + problem);
    return ExitCodes.INVALID_INPUT;
  }
}
