package io.flgen.cli;

import io.flgen.live.audit.Audit;
import io.flgen.live.audit.AuditManifest;
import io.flgen.live.audit.AuditReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Compares a deployment with the manifest flgen render wrote. Loads the Azure SDK only when it
 * runs.
 */
@Command(
    name = "audit",
    description = {
      "Compare the live role assignments and storage settings of a deployment with DIR/flgen-manifest.json (read-only).",
      "",
      "Lists the role assignments at, above and below every storage account, container, registry, vault",
      "and workspace in the manifest, and reports extra grants (with whether they grant account keys),",
      "missing grants and storage settings that drifted from what flgen wrote."
    },
    exitCodeList = {
      "0:Live matches the plan.",
      "1:Extra or missing grants, or drifted settings.",
      "2:No readable manifest, or a check was inconclusive (401, 403, throttling, timeout, unreadable answer).",
      "3:Internal error (a bug; re-run with --debug)."
    })
final class AuditCommand extends CliCommand {
  /** Audit formats are review's. */
  @Option(
      names = "--format",
      description = "markdown, json or sarif (default: ${DEFAULT-VALUE}).",
      defaultValue = "markdown")
  ReviewCommand.Format format = ReviewCommand.Format.markdown;

  @Mixin TimeoutOption timeout;

  @Option(names = "--debug", hidden = true)
  boolean debug;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "A folder flgen render wrote (holds flgen-manifest.json).")
  Path dir;

  @Override
  int run(PrintWriter out, PrintWriter err) {
    if (timeout.problem() != null) {
      return invalid(err, timeout.problem());
    }
    AuditManifest.Either m = AuditManifest.read(dir);
    if (m.manifest() == null) {
      return invalid(err, m.error());
    }
    var arm = io.flgen.live.Arm.signedIn(m.manifest().cloud(), null, timeout.duration());
    Audit.Outcome o = Audit.run(m.manifest(), arm);
    out.print(
        switch (format) {
          case json -> AuditReport.json(dir.toString(), o);
          case sarif -> AuditReport.sarif(dir.toString(), o, new Flgen.Version().getVersion()[0]);
          case markdown -> AuditReport.markdown(dir.toString(), o);
        });
    return exit(o);
  }

  static int exit(Audit.Outcome o) {
    if (!o.inconclusive().isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    return o.clean() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
