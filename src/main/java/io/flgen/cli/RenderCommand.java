package io.flgen.cli;

import io.flgen.plan.Plan;
import io.flgen.render.GeneratedFiles;
import io.flgen.render.OutputFolder;
import io.flgen.render.Renderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Renders Bicep, Azure ML YAML, DEPLOY.md and the manifest from a topology. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render Bicep, Azure ML YAML, Kubernetes manifests and DEPLOY.md from a topology.",
      "",
      "Validates the topology, resolves it into a plan and writes infra/ (Bicep),",
      "aml/ (Azure ML CLI v2 YAML), k8s/, DEPLOY.md and flgen-manifest.json. The",
      "security rules run first: findings at or above --fail-on stop the render.",
      "The output folder is replaced atomically; a folder flgen did not write is",
      "never touched, and your own files in one it wrote are kept."
    },
    exitCodeListHeading = "%nExit Codes:%n",
    exitCodeList = {
      "0:Rendered.",
      "1:Findings at or above --fail-on: nothing is rendered.",
      "2:Invalid input (topology errors, unsupported silo kind, or a folder flgen will not overwrite).",
      "3:Internal error (a bug; re-run with --debug)."
    })
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  @Mixin CheckOptions check;

  @Parameters(index = "0", paramLabel = "FILE", description = "The topology YAML file.")
  Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Output folder (default: out/<metadata.name>).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Style s = output.style();
    String problem = check.problem();
    if (problem != null) {
      err.println("flgen: " + problem);
      return ExitCodes.INVALID_INPUT;
    }
    io.flgen.compile.Compilation v = ValidateCommand.forRendering(file, out, err, "rendered");
    if (v == null) {
      return ExitCodes.INVALID_INPUT;
    }
    Path target = dir != null ? dir : Path.of("out", v.plan().context().name());
    var refusal = OutputFolder.refusal(target);
    if (refusal.isPresent()) {
      err.println("flgen: " + refusal.get());
      return ExitCodes.INVALID_INPUT;
    }
    Plan plan = v.plan();
    var report =
        io.flgen.rules.RuleEngine.run(
            io.flgen.rules.RuleCatalog.ALL,
            plan,
            check.stageOr(v.stage()),
            v.locator(),
            !check.noWaivers);
    if (!report.failing(check.threshold()).isEmpty()) {
      out.print(
          io.flgen.report.FindingsReport.text(
              report, v.stage(), check.threshold(), ValidateCommand.paint(s)));
      out.println(
          "nothing rendered: fix the findings, waive them in the topology, or raise --fail-on");
      out.flush();
      return ExitCodes.FINDINGS;
    }
    GeneratedFiles files = Renderer.render(plan, Renderer.GENERATOR, v.source());
    try {
      OutputFolder.write(target, files);
    } catch (IOException e) {
      err.println("flgen: cannot write " + target + ": " + e.getMessage());
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    Map<String, Integer> byType = new TreeMap<>();
    var m = files.asMap();
    out.println(s.green("rendered") + " " + v.display() + " -> " + target);
    out.println(
        "  resources: "
            + plan.storages().size()
            + " storage account(s), "
            + plan.identities().size()
            + " identit(y/ies), "
            + plan.computes().size()
            + " compute(s), "
            + plan.vnets().size()
            + " VNet(s), "
            + plan.privateEndpoints().size()
            + " private endpoint(s), "
            + plan.dnsZones().size()
            + " DNS zone(s), "
            + plan.peerings().size()
            + " peering(s)");
    out.println(
        "  role grants: "
            + plan.grants().size()
            + " (data-plane only; none on silo storage for the orchestrator)");
    m.keySet()
        .forEach(
            p ->
                byType.merge(
                    p.contains("/") ? p.substring(0, p.indexOf('/')) : ".", 1, Integer::sum));
    out.println("  files: " + m.size() + " " + byType);
    long open = report.results().stream().filter(r -> !r.suppressed()).count();
    out.println(
        "  findings: "
            + open
            + " open below --fail-on "
            + check.threshold().label()
            + ", "
            + (report.results().size() - open)
            + " suppressed by waivers (flgen validate lists them)");
    out.flush();
    return ExitCodes.OK;
  }
}
