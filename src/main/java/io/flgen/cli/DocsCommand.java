package io.flgen.cli;

import io.flgen.docs.TopologyReference;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Regenerates docs/topology.md and docs/rules/ from the schema and the rule catalogue (maintainer
 * command, hidden).
 */
@Command(
    name = "docs",
    hidden = true,
    description = {
      "Write DIR/"
          + TopologyReference.FILE_NAME
          + " (from schemas/topology.schema.json) and DIR/rules/*.md",
      "(from the rule catalogue). With --check, only compare and report whether they are current."
    },
    exitCodeList = {
      "0:Written, or (--check) up to date.",
      "1:--check: the file is missing or out of date.",
      "2:The file cannot be written or read.",
      "3:Internal error (a bug; re-run with --debug)."
    })
final class DocsCommand extends CliCommand {
  @Option(
      names = "--check",
      description = "Do not write; exit 1 when a generated file differs from a fresh render.")
  boolean check;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      defaultValue = "docs",
      description = "Folder to write into (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  int run(PrintWriter out, PrintWriter err) {
    java.util.SortedMap<String, String> files =
        new java.util.TreeMap<>(io.flgen.docs.RulePages.render(DocumentedRules.ALL));
    files.put(TopologyReference.FILE_NAME, TopologyReference.render());
    int stale = 0;
    for (var e : files.entrySet()) {
      Path file = dir.resolve(e.getKey());
      try {
        if (check) {
          boolean current =
              Files.isRegularFile(file)
                  && Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue());
          if (!current) {
            err.println("flgen: " + file + " is out of date; run ./flgen docs");
            stale++;
          }
        } else {
          Files.createDirectories(file.getParent());
          Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
      } catch (IOException ex) {
        err.println(
            "flgen: " + file + ": cannot " + (check ? "read" : "write") + ": " + ex.getMessage());
        return ExitCodes.INVALID_INPUT;
      }
    }
    out.println(
        (check ? (stale == 0 ? "up to date: " : stale + " stale of ") : "wrote ")
            + files.size()
            + " file(s) under "
            + dir);
    return stale == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
