package io.flgen.cli;

import io.flgen.compile.Compilation;
import io.flgen.diag.Diagnostic;
import io.flgen.diag.Printable;
import io.flgen.plan.Plan;
import io.flgen.report.FindingsReport;
import io.flgen.report.SafeJson;
import io.flgen.report.Sarif;
import io.flgen.rules.RuleCatalog;
import io.flgen.rules.RuleEngine;
import io.flgen.rules.Severity;
import io.flgen.terms.Stage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Validates a topology and checks its plan against the security rules. */
@Command(
    name = "validate",
    description = {
      "Validate a topology and check its plan against the security rules.",
      "",
      "Checks YAML syntax, the JSON Schema, semantic checks (names, CIDRs,",
      "regions, tenants, waivers) and every resolved Azure resource name, then",
      "runs the security rules on the plan at the topology's stage (or --stage)",
      "and applies its waivers. Input errors are printed as",
      "FILE:LINE:COL: PATH: MESSAGE, all of them, in source order."
    },
    exitCodeList = {
      "0:The topology is valid and no unsuppressed finding reaches --fail-on.",
      "1:Findings at or above --fail-on.",
      "2:Invalid input: the errors are printed.",
      "3:Internal error (a bug; re-run with --debug)."
    })
final class ValidateCommand extends TopologyCommand {
  @Mixin OutputOptions output;

  @Mixin CheckOptions check;

  @picocli.CommandLine.Option(
      names = "--readiness",
      description =
          "Also print the job-readiness table: for every "
              + "pipeline step and every person's step in DEPLOY.md, the network path and the grant to each target it touches.")
  boolean readiness;

  @Override
  int run(PrintWriter out, PrintWriter err) {
    String problem = check.problem();
    if (problem != null) {
      return invalid(err, problem);
    }
    Compilation v = Compilation.of(file, file.toString(), LocalDate.now(java.time.ZoneOffset.UTC));
    Style s = output.style();
    if (!v.diagnostics().isEmpty()) {
      if (output.format == OutputOptions.Format.json) {
        out.println(json(v));
      } else {
        if (output.format == OutputOptions.Format.sarif) {
          err.println("flgen: the topology is invalid; no SARIF is produced for input errors");
        }
        text(out, v, null, s);
      }
      return ExitCodes.INVALID_INPUT;
    }
    Stage own = v.stage();
    Stage target = check.stageOr(own);
    // --stage predicts a switch: the planner decides exposure, protection and grants by stage, so
    // the topology is planned at the target stage and only what would remain there is reported
    Plan plan = v.planAt(target);
    RuleEngine.Report report =
        RuleEngine.run(RuleCatalog.ALL, plan, target, v.locator(), !check.noWaivers);
    Severity threshold = check.threshold();
    switch (output.format) {
      case json -> out.println(FindingsReport.json(report, v.display(), threshold));
      case sarif ->
          out.println(
              Sarif.render(
                  report, RuleCatalog.ALL, new Flgen.Version().getVersion()[0], v.display()));
      default -> {
        text(out, v, plan, s);
        if (target != own) {
          out.println(
              "planned at "
                  + target.yamlName()
                  + " stage (the topology says "
                  + own.yamlName()
                  + "): what switching metadata.stage to "
                  + target.yamlName()
                  + " would report");
        }
        out.print(FindingsReport.text(report, own, threshold, paint(s)));
        if (readiness) {
          out.print(
              io.flgen.readiness.ReadinessTable.text(io.flgen.readiness.Readiness.analyse(plan)));
        }
      }
    }
    return report.failing(threshold).isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  static FindingsReport.Paint paint(Style s) {
    return new FindingsReport.Paint() {
      @Override
      public String severity(Severity sev, String text) {
        return switch (sev) {
          case CRITICAL, HIGH -> s.red(text);
          case MEDIUM -> s.yellow(text);
          default -> s.bold(text);
        };
      }

      @Override
      public String dim(String text) {
        return s.dim(text);
      }

      @Override
      public String bold(String text) {
        return s.bold(text);
      }
    };
  }

  /**
   * Prints the first {@link Diagnostic#MAX_PRINTED} diagnostics, one per line and escaped, then how
   * many more there are.
   */
  static void errors(PrintWriter out, List<Diagnostic> ds, Style s) {
    for (Diagnostic d : ds.subList(0, Math.min(ds.size(), Diagnostic.MAX_PRINTED))) {
      out.println(
          s.bold(d.location().toString())
              + ": "
              + s.dim(Printable.escape(d.path()))
              + ": "
              + s.red(Printable.escape(d.message())));
    }
    if (ds.size() > Diagnostic.MAX_PRINTED) {
      out.println("\u2026 and " + (ds.size() - Diagnostic.MAX_PRINTED) + " more error(s)");
    }
  }

  /**
   * @param p the plan the findings came from; null when the topology is invalid
   */
  private void text(PrintWriter out, Compilation v, Plan p, Style s) {
    errors(out, v.diagnostics(), s);
    if (v.diagnostics().isEmpty()) {
      out.println(
          s.green("valid")
              + ": "
              + Printable.escape(v.display())
              + " ("
              + v.stage().yamlName()
              + " stage, "
              + p.silos().size()
              + " silo(s), "
              + p.cloud().yamlName()
              + " cloud)");
    } else {
      out.println(
          s.red(v.diagnostics().size() + " error(s)") + " in " + Printable.escape(v.display()));
    }
  }

  static String json(Compilation v) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("file", v.display());
    root.put("valid", v.diagnostics().isEmpty());
    List<Map<String, Object>> ds = new ArrayList<>();
    List<Diagnostic> all = v.diagnostics();
    for (Diagnostic d : all.subList(0, Math.min(all.size(), Diagnostic.MAX_PRINTED))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", d.code());
      m.put("file", d.location().file());
      m.put("line", d.location().line());
      m.put("column", d.location().column());
      m.put("path", d.path());
      m.put("message", d.message());
      ds.add(m);
    }
    root.put("diagnostics", ds);
    root.put("errorCount", all.size()); // the true count; at most MAX_PRINTED are listed
    root.put("omitted", all.size() - ds.size());
    return SafeJson.MAPPER.writeValueAsString(root);
  }

  /**
   * Validation for a command that goes on to plan and render the topology (render, plan, simulate):
   * on an invalid topology it prints every located error and {@code N error(s) in FILE; nothing
   * DONE}, on a silo kind flgen cannot render it prints why, and it returns null.
   */
  static Compilation forRendering(Path file, PrintWriter out, PrintWriter err, String done) {
    return forRendering(file, out, err, done, false);
  }

  /**
   * As {@link #forRendering(Path, PrintWriter, PrintWriter, String)}; with {@code json}, the errors
   * of an invalid topology are printed as {@code validate --format json} prints them.
   */
  static Compilation forRendering(
      Path file, PrintWriter out, PrintWriter err, String done, boolean json) {
    Compilation v = Compilation.of(file, file.toString(), LocalDate.now(java.time.ZoneOffset.UTC));
    if (!v.diagnostics().isEmpty() && json) {
      out.println(json(v));
      return null;
    }
    if (!v.diagnostics().isEmpty()) {
      errors(out, v.diagnostics(), new Style(false));
      out.println(
          v.diagnostics().size()
              + " error(s) in "
              + Printable.escape(v.display())
              + "; nothing "
              + done);
      return null;
    }
    var unsupported = v.unsupported();
    if (!unsupported.isEmpty()) {
      unsupported.forEach(err::println);
      return null;
    }
    return v;
  }
}
