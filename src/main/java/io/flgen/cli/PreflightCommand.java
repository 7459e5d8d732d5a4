package io.flgen.cli;

import io.flgen.live.preflight.Preflight;
import io.flgen.model.Topology;
import io.flgen.plan.Plan;
import io.flgen.report.FindingsReport;
import io.flgen.report.Sarif;
import io.flgen.rules.Severity;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asks the live subscriptions what the plan cannot know. The Azure SDK is loaded only here, when
 * the command runs, so validate, render and review start as fast as before.
 */
@Command(
    name = "preflight",
    description = {
      "Check a topology against the live Azure subscriptions before deploying (read-only).",
      "",
      "Signs in like the Azure CLI tools (DefaultAzureCredential: environment, managed",
      "identity, az login) in the topology's cloud, then checks names (storage, Key Vault,",
      "registry), resource providers, VM sizes and Azure ML vCPU quota, the deployer's",
      "right to write role assignments, VNet overlaps, the existing storage accounts",
      "(their real settings go through the FLG-STO rules), private DNS zones and Arc",
      "clusters the topology references.",
      "Problems are FLG-PRE findings; checks that could not run are listed with the reason."
    },
    exitCodeList = {
      "0:Every check ran and no unsuppressed finding reaches --fail-on.",
      "1:Findings at or above --fail-on.",
      "2:Invalid input, or a check was inconclusive (401, 403, throttling, timeout, unreadable answer).",
      "3:Internal error (a bug; re-run with --debug)."
    })
final class PreflightCommand extends TopologyCommand {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  @Mixin OutputOptions output;

  @Mixin CheckOptions check;

  @Mixin TimeoutOption timeout;

  @Override
  int run(PrintWriter out, PrintWriter err) {
    String problem = check.problem() != null ? check.problem() : timeout.problem();
    if (problem != null) {
      return invalid(err, problem);
    }
    io.flgen.compile.Compilation v =
        io.flgen.compile.Compilation.of(
            file, file.toString(), LocalDate.now(java.time.ZoneOffset.UTC));
    if (!v.diagnostics().isEmpty()) {
      // the same escaped, capped listing as validate: a topology's text never reaches the terminal
      // raw
      ValidateCommand.errors(err, v.diagnostics(), new Style(false));
      err.println(
          v.diagnostics().size()
              + " error(s) in "
              + io.flgen.diag.Printable.escape(v.display())
              + "; run flgen validate first");
      return ExitCodes.INVALID_INPUT;
    }
    Topology t = v.topology();
    Plan plan = v.plan();
    var arm =
        io.flgen.live.Arm.signedIn(
            t.metadata().cloud(), t.orchestrator().tenantId().orElse(null), timeout.duration());
    Preflight.Outcome o =
        Preflight.run(
            plan, v.locator(), check.stageOr(t.metadata().stage()), !check.noWaivers, arm);
    Severity threshold = check.threshold();
    out.print(render(o, output.format, v.display(), t, threshold, output.style()));
    return exit(o, threshold);
  }

  static int exit(Preflight.Outcome o, Severity threshold) {
    if (!o.inconclusive().isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    return o.report().failing(threshold).isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /** The outcome in validate's formats, plus the inconclusive checks. */
  static String render(
      Preflight.Outcome o,
      OutputOptions.Format format,
      String display,
      Topology t,
      Severity threshold,
      Style s) {
    return switch (format) {
      case json -> {
        ObjectNode root =
            (ObjectNode) JSON.readTree(FindingsReport.json(o.report(), display, threshold));
        var checks = root.putObject("checks");
        new java.util.TreeMap<>(o.checks()).forEach(checks::put);
        var list = root.putArray("inconclusive");
        for (io.flgen.live.Checks.Inconclusive i : o.inconclusive()) {
          list.addObject()
              .put("check", i.check())
              .put("target", i.target())
              .put("reason", i.reason());
        }
        yield JSON.writeValueAsString(root) + "\n";
      }
      case sarif ->
          Sarif.render(o.report(), o.rules(), new Flgen.Version().getVersion()[0], display) + "\n";
      default -> {
        StringBuilder sb = new StringBuilder();
        int total = o.checks().values().stream().mapToInt(Integer::intValue).sum();
        sb.append("preflight: ")
            .append(display)
            .append(" (")
            .append(total)
            .append(" check(s) in the ")
            .append(t.metadata().cloud().yamlName())
            .append(" cloud)\n");
        sb.append(
            FindingsReport.text(
                o.report(), t.metadata().stage(), threshold, ValidateCommand.paint(s)));
        if (!o.inconclusive().isEmpty()) {
          sb.append(s.red("INCONCLUSIVE"))
              .append(" (")
              .append(o.inconclusive().size())
              .append(")\n");
          for (io.flgen.live.Checks.Inconclusive i : o.inconclusive()) {
            sb.append("  ").append(i.check()).append(": ").append(i.target()).append('\n');
            sb.append("    ").append(s.dim(i.reason())).append('\n');
          }
        }
        yield sb.toString();
      }
    };
  }
}
