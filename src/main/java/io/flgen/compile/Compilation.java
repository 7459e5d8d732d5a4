package io.flgen.compile;

import io.flgen.bind.TopologyLoader;
import io.flgen.diag.Diagnostic;
import io.flgen.diag.Locator;
import io.flgen.model.Metadata;
import io.flgen.model.Topology;
import io.flgen.plan.NameCheck;
import io.flgen.plan.Plan;
import io.flgen.plan.Planner;
import io.flgen.plan.Support;
import io.flgen.plan.ZoneCheck;
import io.flgen.terms.Stage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One topology taken through load → bind → plan → name check → zone check. The stages stop at the
 * first that reports: a schema or semantic error stops before planning, a name error before the
 * zone check. The name check judges the names the plan holds, so the plan is built once, right
 * after binding, and shared by every later reader.
 */
public final class Compilation {
  private final String display;
  private final Topology topology;
  private final Locator locator;
  private final List<Diagnostic> diagnostics;
  private final JsonNode source;
  private Plan plan;

  private Compilation(String display, TopologyLoader.Result loaded) {
    this.display = display;
    this.locator = loaded.sourceMap();
    this.source = loaded.source();
    if (!loaded.ok()) {
      this.topology = null;
      this.diagnostics = List.copyOf(loaded.diagnostics());
      return;
    }
    this.topology = loaded.topology();
    List<Diagnostic> names = NameCheck.check(plan(), locator);
    this.diagnostics =
        names.isEmpty() ? ZoneCheck.check(topology, this::plan, locator) : List.copyOf(names);
  }

  /** Compiles the topology file {@code file}, shown as {@code display} in diagnostics. */
  public static Compilation of(Path file, String display, LocalDate today) {
    return new Compilation(display, TopologyLoader.load(file, display, today));
  }

  /** Compiles a topology's bytes, shown as {@code display} in diagnostics. */
  public static Compilation of(byte[] bytes, String display, LocalDate today) {
    return new Compilation(display, TopologyLoader.load(bytes, display, today));
  }

  /** The file as the user named it. */
  public String display() {
    return display;
  }

  /** True when every stage passed: the topology can be planned. */
  public boolean ok() {
    return diagnostics.isEmpty();
  }

  /** Every error of the first stage that reported, sorted; empty when {@link #ok()}. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Where a topology path is in the file, for diagnostics and findings. */
  public Locator locator() {
    return locator;
  }

  /** The document as read (the manifest records it); null when it did not load. */
  public JsonNode source() {
    return source;
  }

  /** The bound topology; null when loading or binding failed. */
  public Topology topology() {
    return topology;
  }

  /** The topology's own stage. */
  public Stage stage() {
    return topology.metadata().stage();
  }

  /**
   * Why flgen cannot render this valid topology (a silo shape it does not express), one message a
   * silo; empty when it renders.
   */
  public List<String> unsupported() {
    return topology == null ? List.of() : Support.unsupported(topology);
  }

  /** The plan, built on first call and shared after; only for a topology that bound. */
  public synchronized Plan plan() {
    if (topology == null) {
      throw new IllegalStateException(display + " did not compile: " + diagnostics.size());
    }
    if (plan == null) {
      plan = Planner.plan(topology);
    }
    return plan;
  }

  /**
   * The plan as if {@code metadata.stage} were {@code stage} ({@code --stage} predicts a switch:
   * the planner decides exposure, protection and grants by stage); the plan itself at the
   * topology's own stage.
   */
  public Plan planAt(Stage stage) {
    if (stage == stage()) {
      return plan();
    }
    var m = topology.metadata();
    return Planner.plan(
        new Topology(
            new Metadata(m.name(), stage, m.tags(), m.naming(), m.cloud()),
            topology.orchestrator(),
            topology.silos(),
            topology.network(),
            topology.job(),
            topology.people(),
            topology.waivers()));
  }

  /**
   * The plan of a topology recorded as JSON (a manifest's {@code topologySource}), when it still
   * passes the schema; otherwise empty, with the first schema error in {@code problem}.
   */
  public static Optional<Plan> ofRecorded(
      JsonNode recorded, String display, StringBuilder problem) {
    var doc =
        new io.flgen.load.LoadedDocument(display, recorded, new io.flgen.load.SourceMap(display));
    var errors = io.flgen.load.TopologySchema.get().validate(doc);
    if (!errors.isEmpty()) {
      problem.append(errors.get(0).message());
      return Optional.empty();
    }
    return Optional.of(Planner.plan(io.flgen.bind.Binder.bind(recorded)));
  }
}
