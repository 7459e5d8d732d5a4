package io.flgen.cli;

import io.flgen.docs.TopologyReference;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Regenerates docs/topology.md from the topology schema (a maintainer command, hidden). */
@Command(
    name = "docs",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {
      "Write DIR/" + TopologyReference.FILE_NAME + ", the topology reference generated from",
      "schemas/topology.schema.json. With --check, only compare and report whether it is current."
    },
    exitCodeListHeading = "%nExit Codes:%n",
    exitCodeList = {
      "0:Written, or (--check) up to date.",
      "1:--check: the file is missing or out of date.",
      "2:The file cannot be written or read.",
      "3:Internal error (a bug; re-run with --debug)."
    })
final class DocsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--check", description = "Do not write; exit 1 when DIR/" + TopologyReference.FILE_NAME + " differs from a fresh render.")
  boolean check;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      defaultValue = "docs",
      description = "Folder to write into (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String md = TopologyReference.render();
    Path file = dir.resolve(TopologyReference.FILE_NAME);
    try {
      if (check) {
        boolean current = Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(md);
        if (!current) {
          err.println("flgen: " + file + " is out of date with schemas/topology.schema.json; run ./flgen docs");
          err.flush();
          return ExitCodes.FINDINGS;
        }
        out.println("up to date: " + file);
      } else {
        Files.createDirectories(dir);
        Files.writeString(file, md, StandardCharsets.UTF_8);
        out.println("wrote " + file);
      }
    } catch (IOException e) {
      err.println("flgen: " + file + ": cannot " + (check ? "read" : "write") + ": " + e.getMessage());
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    out.flush();
    return ExitCodes.OK;
  }
}
