package io.flgen.cli;

import io.flgen.plan.Plan;
import io.flgen.render.GeneratedFiles;
import io.flgen.render.OutputFolder;
import io.flgen.render.Renderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** Renders Bicep, Azure ML YAML, DEPLOY.md and the manifest from a topology. */
@Command(
    name = "render",
    description = {
      "Render Bicep, Azure ML YAML, Kubernetes manifests and DEPLOY.md from a topology.",
      "",
      "Validates the topology, resolves it into a plan and writes infra/ (Bicep),",
      "aml/ (Azure ML CLI v2 YAML), k8s/, DEPLOY.md and flgen-manifest.json. The",
      "security rules run first: findings at or above --fail-on stop the render.",
      "The output folder is replaced atomically; a folder flgen did not write is",
      "never touched, and your own files in one it wrote are kept."
    },
    exitCodeList = {
      "0:Rendered.",
      "1:Findings at or above --fail-on: nothing is rendered.",
      "2:Invalid input (topology errors, unsupported silo kind, or a folder flgen will not overwrite).",
      "3:Internal error (a bug; re-run with --debug)."
    })
final class RenderCommand extends TopologyCommand {
  @Mixin OutputOptions output;

  @Mixin CheckOptions check;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Output folder (default: out/<metadata.name>).")
  Path dir;

  @Override
  int run(PrintWriter out, PrintWriter err) throws IOException {
    String problem = usageProblem();
    if (problem != null) {
      return invalid(err, problem);
    }
    boolean json = output.format == OutputOptions.Format.json;
    io.flgen.compile.Compilation v = ValidateCommand.forRendering(file, out, err, "rendered", json);
    if (v == null) {
      return ExitCodes.INVALID_INPUT;
    }
    Path target = dir != null ? dir : Path.of("out", v.plan().context().name());
    var refusal = OutputFolder.refusal(target);
    if (refusal.isPresent()) {
      return invalid(err, refusal.get());
    }
    Plan plan = v.plan();
    var report = check.rules(v);
    if (check.fails(report)) {
      stopped(out, v, report, json);
      return ExitCodes.FINDINGS;
    }
    GeneratedFiles files = Renderer.render(plan, Renderer.GENERATOR, v.source());
    boolean staleReview;
    try {
      staleReview = OutputFolder.write(target, files);
    } catch (IOException e) {
      return invalid(err, "cannot write " + target + ": " + e.getMessage());
    }
    var m = files.asMap();
    var summary =
        new Summary(v.display(), target, plan, m.size(), byFolder(m.keySet()), report, staleReview);
    if (json) {
      out.println(summaryJson(summary));
    } else {
      printSummary(out, output.style(), summary);
    }
    return ExitCodes.OK;
  }

  /** A usage error message for the options, or null when render can run. */
  private String usageProblem() {
    if (output.format == OutputOptions.Format.sarif) {
      return "render --format takes text or json; sarif is for validate and review findings";
    }
    return check.problem();
  }

  /** Findings at or above --fail-on stop the render: says which, in text or JSON. */
  private void stopped(
      PrintWriter out,
      io.flgen.compile.Compilation v,
      io.flgen.rules.RuleEngine.Report report,
      boolean json) {
    if (json) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("rendered", false);
      root.put("file", v.display());
      root.put("findings", findingsJson(report, v.display()));
      out.println(JsonMapper.shared().writeValueAsString(root));
    } else {
      out.print(
          io.flgen.report.FindingsReport.text(
              report, v.stage(), check.threshold(), ValidateCommand.paint(output.style())));
      out.println(
          "nothing rendered: fix the findings, waive them in the topology, or raise --fail-on");
    }
  }

  /** Files per top folder ("." for the folder itself). */
  private static Map<String, Integer> byFolder(java.util.Set<String> paths) {
    Map<String, Integer> byType = new TreeMap<>();
    paths.forEach(
        p -> byType.merge(p.contains("/") ? p.substring(0, p.indexOf('/')) : ".", 1, Integer::sum));
    return byType;
  }

  /** What a render wrote, for its summary. */
  private record Summary(
      String display,
      Path target,
      Plan plan,
      int fileCount,
      Map<String, Integer> byFolder,
      io.flgen.rules.RuleEngine.Report report,
      boolean staleReview) {}

  /** One kind of planned resource: its key in the JSON summary, its label in the text, how many. */
  private record ResourceCount(String key, String label, int count) {}

  private static List<ResourceCount> resourceCounts(Plan plan) {
    return List.of(
        new ResourceCount("storageAccounts", "storage account(s)", plan.storages().size()),
        new ResourceCount("identities", "identit(y/ies)", plan.identities().size()),
        new ResourceCount("computes", "compute(s)", plan.computes().size()),
        new ResourceCount("vnets", "VNet(s)", plan.vnets().size()),
        new ResourceCount(
            "privateEndpoints", "private endpoint(s)", plan.privateEndpoints().size()),
        new ResourceCount("dnsZones", "DNS zone(s)", plan.dnsZones().size()),
        new ResourceCount("peerings", "peering(s)", plan.peerings().size()));
  }

  /** The text summary of a render: resources, grants, files, findings. */
  private void printSummary(PrintWriter out, Style s, Summary r) {
    out.println(s.green("rendered") + " " + r.display() + " -> " + r.target());
    List<String> resources = new ArrayList<>();
    for (ResourceCount c : resourceCounts(r.plan())) {
      resources.add(c.count() + " " + c.label());
    }
    out.println("  resources: " + String.join(", ", resources));
    out.println(
        "  role grants: "
            + r.plan().grants().size()
            + " (data-plane only; none on silo storage for the orchestrator)");
    out.println("  files: " + r.fileCount() + " " + r.byFolder());
    if (r.staleReview()) {
      out.println(
          "  removed "
              + OutputFolder.REVIEW
              + ": it reviewed the previous render (run flgen review again)");
    }
    long open = r.report().results().stream().filter(x -> !x.suppressed()).count();
    out.println(
        "  findings: "
            + open
            + " open below --fail-on "
            + check.threshold().label()
            + ", "
            + (r.report().results().size() - open)
            + " suppressed by waivers (flgen validate lists them)");
  }

  /** The machine-readable summary of a render: resources, grants, files and findings. */
  private String summaryJson(Summary r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("rendered", true);
    root.put("file", r.display());
    root.put("output", r.target().toString());
    Map<String, Object> resources = new LinkedHashMap<>();
    for (ResourceCount c : resourceCounts(r.plan())) {
      resources.put(c.key(), c.count());
    }
    root.put("resources", resources);
    root.put("grants", r.plan().grants().size());
    Map<String, Object> filesNode = new LinkedHashMap<>();
    filesNode.put("total", r.fileCount());
    filesNode.put("byFolder", r.byFolder());
    root.put("files", filesNode);
    root.put("staleReviewRemoved", r.staleReview());
    root.put("findings", findingsJson(r.report(), r.display()));
    return JsonMapper.shared().writeValueAsString(root);
  }

  /** The findings as validate --format json prints them. */
  private Object findingsJson(io.flgen.rules.RuleEngine.Report report, String display) {
    return JsonMapper.shared()
        .readTree(io.flgen.report.FindingsReport.json(report, display, check.threshold()));
  }
}
