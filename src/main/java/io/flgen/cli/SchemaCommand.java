package io.flgen.cli;

import io.flgen.load.TopologySchema;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** Prints the topology JSON Schema. */
@Command(
    name = "schema",
    description = {
      "Print the topology JSON Schema (draft 2020-12).",
      "Point editors at it with a first line such as:",
      "  # yaml-language-server: $schema=../schemas/topology.schema.json"
    },
    exitCodeList = {"0:Success.", "3:Internal error (a bug; re-run with --debug)."})
final class SchemaCommand extends CliCommand {
  @Override
  int run(PrintWriter out, PrintWriter err) {
    out.print(TopologySchema.get().text());
    return ExitCodes.OK;
  }
}
