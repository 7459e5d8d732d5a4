package io.flgen.cli;

import io.flgen.diag.Printable;
import io.flgen.plan.Plan;
import io.flgen.render.GeneratedFiles;
import io.flgen.render.InPlaceLimits;
import io.flgen.render.ManifestDiff;
import io.flgen.render.Renderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code flgen plan}: what re-rendering a topology over a previous render would change in Azure.
 */
@Command(
    name = "plan",
    description = {
      "Show what re-rendering and re-deploying a topology would change, against the manifest of a previous render:",
      "resources added or removed, resources Azure must replace (name, region, hbi), access-matrix rows and internet",
      "exposure added or removed, and the files that change. Writes nothing."
    },
    exitCodeList = {
      "0:Nothing would change.",
      "1:Something would change (as terraform plan -detailed-exitcode).",
      "2:Invalid input (topology errors, or DIR holds no readable flgen-manifest.json).",
      "3:Internal error (a bug; re-run with --debug)."
    })
final class PlanCommand extends TopologyCommand {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      required = true,
      description = "The folder a previous flgen render wrote (it holds flgen-manifest.json).")
  Path dir;

  @Override
  int run(PrintWriter out, PrintWriter err) throws IOException {
    JsonNode before = previousManifest(err);
    if (before == null) {
      return ExitCodes.INVALID_INPUT;
    }
    // the same validation as render: a plan is a render kept in memory
    io.flgen.compile.Compilation v = ValidateCommand.forRendering(file, out, err, "planned");
    if (v == null) {
      return ExitCodes.INVALID_INPUT;
    }
    Plan plan = v.plan();
    GeneratedFiles files = Renderer.render(plan, Renderer.GENERATOR, v.source());
    JsonNode after = JsonMapper.shared().readTree(files.asMap().get(Renderer.MANIFEST));
    ManifestDiff d = diff(before, after, plan);
    String topology = Printable.escape(v.display());
    String folder = Printable.escape(dir.toString());
    if (d.empty()) {
      out.println(
          "no changes: a render of " + topology + " writes exactly what " + folder + " holds");
      return ExitCodes.OK;
    }
    out.println("plan for " + topology + " against " + folder + ":");
    sections(out, d);
    out.printf(
        java.util.Locale.ROOT,
        "%d to replace, %d to add, %d to remove, %d access change(s), %d file(s)%n",
        d.replaced().size(),
        d.added().size(),
        d.removed().size(),
        d.accessAdded().size() + d.accessRemoved().size(),
        d.filesChanged().size());
    return ExitCodes.FINDINGS;
  }

  /**
   * The manifest the previous render wrote into DIR, or null after saying on {@code err} why it
   * cannot be used.
   */
  private JsonNode previousManifest(PrintWriter err) {
    Path manifest = dir.resolve(Renderer.MANIFEST);
    if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
      err.println(
          "flgen: "
              + Printable.escape(manifest.toString())
              + " is not a manifest flgen wrote (missing, or not a "
              + "regular file); render the topology into "
              + Printable.escape(dir.toString())
              + " first");
      return null;
    }
    JsonNode before;
    try {
      before = JsonMapper.shared().readTree(Files.readString(manifest, StandardCharsets.UTF_8));
    } catch (RuntimeException | IOException e) {
      err.println(
          "flgen: "
              + Printable.escape(manifest.toString())
              + " is not readable UTF-8 JSON; render again with flgen render");
      return null;
    }
    if (!before.path("resources").isArray() || !before.path("files").isObject()) {
      err.println(
          "flgen: "
              + Printable.escape(manifest.toString())
              + " has no resources or files: it was written by an "
              + "older flgen; render again with flgen render");
      return null;
    }
    return before;
  }

  /** Resources, access and files, plus the settings Azure cannot change in place. */
  private static ManifestDiff diff(JsonNode before, JsonNode after, Plan plan) {
    return ManifestDiff.of(before, after).withReplaced(InPlaceLimits.of(before, after, plan));
  }

  /** Every non-empty section of the diff, in the order a reader acts on them. */
  private static void sections(PrintWriter out, ManifestDiff d) {
    section(out, "replace (Azure deletes and creates these again)", d.replaced());
    section(out, "add", d.added());
    section(out, "remove", d.removed());
    section(out, "access added", d.accessAdded());
    section(out, "access removed", d.accessRemoved());
    section(out, "exposure added", d.exposureAdded());
    section(out, "exposure removed", d.exposureRemoved());
    section(out, "data assets (az ml data create the new versions)", d.dataAssets());
    if (!d.filesChanged().isEmpty()) {
      out.println("files (" + d.filesChanged().size() + "):");
      d.filesChanged().forEach((p, how) -> out.println("  " + how + " " + Printable.escape(p)));
    }
  }

  private static void section(PrintWriter out, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.println(title + " (" + items.size() + "):");
    items.forEach(i -> out.println("  " + Printable.escape(i)));
  }
}
