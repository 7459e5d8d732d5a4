package io.flgen.cli;

import io.flgen.load.TopologySchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the topology JSON Schema. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the topology JSON Schema (draft 2020-12).",
      "Point editors at it with a first line such as:",
      "  # yaml-language-server: $schema=../schemas/topology.schema.json"
    },
    exitCodeListHeading = "%nExit Codes:%n",
    exitCodeList = {"0:Success.", "3:Internal error (a bug; re-run with --debug)."})
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(TopologySchema.get().text());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
