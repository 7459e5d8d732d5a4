package io.flgen.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** A subcommand that reads one topology file, its first positional parameter. */
abstract class TopologyCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The topology YAML file.")
  Path file;
}
