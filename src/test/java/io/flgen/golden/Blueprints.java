package io.flgen.golden;

import io.flgen.bind.TopologyLoader;
import io.flgen.compile.Compilation;
import io.flgen.plan.Plan;
import io.flgen.plan.Support;
import io.flgen.render.GeneratedFiles;
import io.flgen.render.Renderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The shipped blueprints, and rendering them in memory exactly as `flgen render` does. */
public final class Blueprints {
  public static final Path DIR = Path.of("blueprints");
  public static final Path SAMPLES = Path.of("generated-samples");

  /** The generator string the CLI writes into manifests. */
  public static final String GENERATOR = io.flgen.render.Renderer.GENERATOR;

  private Blueprints() {}

  public static List<String> all() {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TopologyLoader.Result load(String name) {
    return TopologyLoader.load(
        DIR.resolve(name + ".yaml"), "blueprints/" + name + ".yaml", LocalDate.of(2026, 11, 28));
  }

  /** The blueprints the renderer supports today. */
  public static List<String> renderable() {
    return all().stream().filter(n -> Support.unsupported(load(n).topology()).isEmpty()).toList();
  }

  /** The blueprint taken through every stage up to its plan, as the commands do. */
  public static Compilation compile(String name) {
    Compilation c =
        Compilation.of(
            DIR.resolve(name + ".yaml"),
            "blueprints/" + name + ".yaml",
            LocalDate.of(2026, 11, 28));
    if (!c.ok()) {
      throw new AssertionError("blueprint " + name + " is invalid: " + c.diagnostics());
    }
    return c;
  }

  /** The plan of a valid blueprint. */
  public static Plan plan(String name) {
    return compile(name).plan();
  }

  public static GeneratedFiles render(String name) {
    Compilation c = compile(name);
    return Renderer.render(c.plan(), GENERATOR, c.source());
  }

  /**
   * One text with every file under a {@code === path ===} header, for snapshots. The starter kit's
   * Python and conda files are the jar's resources byte for byte (StarterKitTest checks it), so the
   * snapshot lists them by name only; their specs are snapshotted in full.
   */
  public static String dump(GeneratedFiles files) {
    StringBuilder sb = new StringBuilder();
    files
        .asMap()
        .forEach(
            (p, c) -> {
              if (p.startsWith("aml/components/") && !p.endsWith("/spec.yaml")) {
                sb.append("=== ").append(p).append(" === (starter-kit resource)\n");
                return;
              }
              sb.append("=== ")
                  .append(p)
                  .append(" ===\n")
                  .append(c)
                  .append(c.endsWith("\n") ? "" : "\n");
            });
    return sb.toString();
  }
}
