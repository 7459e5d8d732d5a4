package io.flgen.review;

import io.flgen.compile.Compilation;
import io.flgen.diag.Location;
import io.flgen.plan.Plan;
import io.flgen.render.Exposures;
import io.flgen.review.bicep.BicepFile;
import io.flgen.review.bicep.BicepParser;
import io.flgen.review.bicep.ParseResult;
import io.flgen.review.bicep.SyntaxError;
import io.flgen.rules.Result;
import io.flgen.rules.RuleCatalog;
import io.flgen.rules.RuleEngine;
import io.flgen.terms.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** {@code flgen review}: artifacts to a derived plan, the same rules, and the report. */
public final class Review {
  private Review() {}

  /**
   * Reviews a folder.
   *
   * @param stage the stage whose severities apply; empty for the manifest's stage (run without one)
   * @param useWaivers whether the topology's waivers (from the manifest) apply
   */
  public static ReviewResult run(
      Path folder, String display, Optional<Stage> stage, boolean useWaivers) {
    return run(folder, display, stage, useWaivers, Optional.empty());
  }

  /**
   * Reviews a folder with a parameters file chosen for every entry.
   *
   * @param parametersFile a .bicepparam or parameters JSON file, relative to the folder; empty to
   *     use each entry's own ({@code <entry>.bicepparam}, {@code <entry>.parameters.json}, else
   *     {@code main.parameters.json} beside it)
   */
  public static ReviewResult run(
      Path folder,
      String display,
      Optional<Stage> stage,
      boolean useWaivers,
      Optional<String> parametersFile) {
    // deep but legitimate nesting (thousands of chained variables, long call chains) needs a deep
    // stack; a file deeper still is reported as not evaluated, never dropped in silence
    ReviewResult[] out = new ReviewResult[1];
    RuntimeException[] failed = new RuntimeException[1];
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                out[0] = run0(folder, display, stage, useWaivers, parametersFile);
              } catch (RuntimeException e) {
                failed[0] = e;
              }
            },
            "flgen-review",
            STACK);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("review interrupted", e);
    }
    if (failed[0] != null) {
      throw failed[0];
    }
    return out[0];
  }

  /** Stack size of the review thread, in bytes: reserved, not committed, until used. */
  static final long STACK = 512L * 1024 * 1024;

  private static ReviewResult run0(
      Path folder,
      String display,
      Optional<Stage> stage,
      boolean useWaivers,
      Optional<String> parametersFile) {
    ArtifactFolder af = ArtifactFolder.read(folder);
    Optional<JsonNode> manifest =
        af.manifest(); // before the problems are taken: a bad manifest is one
    List<Location.Message> problems = new ArrayList<>(af.problems());
    Map<String, BicepFile> parsed = new TreeMap<>();
    for (var e : af.files().entrySet()) {
      if (!e.getKey().endsWith(".bicep")) {
        continue;
      }
      ParseResult r;
      try {
        r = BicepParser.parse(e.getValue(), e.getKey());
      } catch (StackOverflowError x) {
        problems.add(
            new Location.Message(
                new Location(e.getKey(), 1, 1),
                "nested too deeply to parse; its resources are not reviewed"));
        continue;
      }
      if (r.file().isPresent()) {
        parsed.put(e.getKey(), r.file().get());
      }
      for (SyntaxError err : r.errors()) {
        problems.add(
            new Location.Message(
                new Location(e.getKey(), err.line(), err.column()), err.message()));
      }
    }
    Optional<Plan> intent =
        manifest
            .map(m -> m.get("topologySource"))
            .filter(n -> n != null && n.isObject())
            .flatMap(n -> intent(n, problems));
    Map<String, String> owners = new HashMap<>();
    manifest.ifPresent(
        m ->
            m.path("resources")
                .forEach(
                    r -> {
                      String name = r.path("name").asString();
                      owners.put(
                          name.substring(name.lastIndexOf('/') + 1), r.path("owner").asString());
                    }));
    intent.ifPresent(
        p -> p.grants().forEach(g -> owners.putIfAbsent(g.principal(), g.principalOwner().key())));

    // entry points: every Bicep file no other file calls as a module; a cycle of calls with no
    // caller outside it is entered too (and reported), so a self-call cannot hide a file
    Map<String, Set<String>> calls = new TreeMap<>();
    Set<String> called = new HashSet<>();
    for (var e : parsed.entrySet()) {
      Set<String> targets = new TreeSet<>();
      for (var m : e.getValue().modules()) {
        targets.add(Deployment.resolve(e.getKey(), m.path()));
        if (m.path().chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
          problems.add(
              new Location.Message(
                  new Location(e.getKey(), m.location().line(), m.location().column()),
                  "the module path holds a control character; the module is not reviewed"));
        }
      }
      calls.put(e.getKey(), targets);
      targets.stream().filter(t -> !t.equals(e.getKey())).forEach(called::add);
      if (targets.contains(e.getKey())) {
        problems.add(
            new Location.Message(
                new Location(e.getKey(), 1, 1), "the file calls itself as a module"));
      }
    }
    Set<String> reached = new HashSet<>();
    for (String f : parsed.keySet()) {
      if (!called.contains(f)) {
        reach(f, calls, reached);
      }
    }
    for (String f : parsed.keySet()) {
      if (!reached.contains(f)) {
        problems.add(
            new Location.Message(
                new Location(f, 1, 1),
                "part of a cycle of module calls; reviewed as an entry point"));
        called.remove(f);
        reach(f, calls, reached);
      }
    }
    List<Instance> instances = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    // without a manifest, every file no other file calls is its own deployment (issue 13 item 4);
    // flgen's own output is one deployment split over files, so it is judged as one
    Map<String, List<Instance>> byEntry = new TreeMap<>();
    for (var e : parsed.entrySet()) {
      if (called.contains(e.getKey())
          || manifest.isPresent() && isUnusedModule(e.getKey(), parsed.keySet(), called)) {
        continue;
      }
      int before = instances.size();
      String tenant =
          e.getKey().startsWith("infra/tenants/")
              ? e.getKey().split("/")[2]
              : io.flgen.plan.Scope.HOME;
      boolean subscriptionScope =
          e.getValue()
              .targetScope()
              .flatMap(
                  t ->
                      t instanceof io.flgen.review.bicep.Expr.StringLit s
                          ? s.literalValue()
                          : Optional.empty())
              .map(t -> t.equals("subscription"))
              .orElse(false);
      String sub =
          intent
              .map(p -> tenant.equals(io.flgen.plan.Scope.HOME) ? p.home().subscriptionId() : null)
              .orElse(null);
      Value.ScopeV scope =
          new Value.ScopeV(tenant, sub, subscriptionScope ? null : "<deployment resource group>");
      try {
        Map<String, Value> args =
            ParameterFiles.forEntry(
                e.getKey(), af.files(), parametersFile, scope, problems, unresolved);
        Deployment.run(
            e.getKey(),
            e.getValue(),
            scope,
            args,
            (from, path) -> Optional.ofNullable(parsed.get(Deployment.resolve(from, path))),
            instances,
            unresolved);
      } catch (StackOverflowError | Deployment.BudgetExceeded x) {
        problems.add(
            new Location.Message(
                new Location(e.getKey(), 1, 1),
                "too complex to evaluate statically ("
                    + (x instanceof StackOverflowError ? "nested too deeply" : x.getMessage())
                    + "); the review stopped there, so resources declared after that point are not reviewed"));
      }
      byEntry.put(e.getKey(), new ArrayList<>(instances.subList(before, instances.size())));
    }
    if (manifest.isPresent()) {
      // flgen's own deploy-time parameters (an SSH public key, a partner app's object id) are asked
      // for in DEPLOY.md; the derived plan does not depend on their values
      unresolved.removeIf(n -> n.endsWith(Deployment.NO_VALUE));
    }
    Derive d = Derive.of(instances, intent, owners, unresolved);
    d.files = af.files();
    d.outputs = Outputs.of(parsed, called);
    Plan plan = d.plan();
    Stage st = stage.orElse(intent.map(Plan::stage).orElse(Stage.RUN));
    List<Result> located = new ArrayList<>();
    List<ReviewResult.Placement> placements = new ArrayList<>();
    boolean separate = manifest.isEmpty() && byEntry.size() > 1;
    if (!separate) {
      // one deployment: each finding under the entry its declaration is reached from
      place(rules(d, plan, st, useWaivers, manifest.isEmpty()), "", located, placements);
    } else {
      // each entry on its own deployment: no name collision or missing piece is invented between
      // deployments, and a module two entries call is reported in each (each deploys it)
      for (var e : byEntry.entrySet()) {
        Derive de = Derive.of(e.getValue(), intent, owners, new ArrayList<>());
        de.files = af.files();
        de.outputs = Outputs.declaredIn(d.outputs, e.getKey());
        de.fallback = Optional.of(d); // after the entry's own declarations, so they win
        Plan entryPlan = de.plan();
        place(rules(de, entryPlan, st, useWaivers, true), e.getKey(), located, placements);
      }
    }
    RuleEngine.Report report = new RuleEngine.Report(st, located);
    ReviewResult.Drift drift = drift(af, manifest, plan);
    unresolved.addAll(
        d.broadGrants.stream().map(g -> "role assignment above storage scope: " + g).toList());
    List<String> unresolvedSorted = new ArrayList<>(new TreeSet<>(unresolved));
    problems.sort(
        java.util.Comparator.comparing(Location.Message::location)
            .thenComparing(Location.Message::message));
    int placeholders =
        (int) instances.stream().filter(i -> Deployment.isPlaceholder(i.name())).count();
    ReviewResult.Coverage coverage =
        new ReviewResult.Coverage(
            List.copyOf(byEntry.keySet()),
            separate,
            instances.size(),
            placeholders,
            unresolvedSorted.size());
    return new ReviewResult(
        display,
        plan,
        report,
        List.copyOf(af.files().keySet()),
        problems,
        List.copyOf(af.unread()),
        unresolvedSorted,
        coverage,
        drift,
        placements);
  }

  /**
   * The rules on a derived plan, each finding located in the Bicep: the declaration of its target
   * (in the module that declares it), with the module calls that led there.
   */
  private static List<Map.Entry<Result, Site>> rules(
      Derive d, Plan plan, Stage st, boolean useWaivers, boolean handWritten) {
    RuleEngine.Report raw =
        RuleEngine.run(
            RuleCatalog.ALL, plan, st, path -> new Location("(topology)", 1, 1), useWaivers);
    List<Map.Entry<Result, Site>> located = new ArrayList<>();
    Set<String> personSteps = handWritten ? personSteps(plan) : Set.of();
    for (Result r : raw.results()) {
      if (!applies(r, plan, handWritten, personSteps)) {
        continue;
      }
      Site where = d.locate(r.finding());
      located.add(
          Map.entry(
              new Result(r.finding(), r.rule(), r.severity(), where.at(), r.suppression()), where));
    }
    return located;
  }

  /**
   * Whether a finding judges what the Bicep says. A placeholder stands for a name that was not
   * evaluated, so no naming rule judges it. On hand-written Bicep (no manifest) flgen's naming
   * rules do not apply (name collisions within the deployment still do), nor its confidentiality
   * vault, nor the steps flgen's DEPLOY.md gives people (a data scientist submitting the job, an
   * admin creating datastores or applying manifests): the folder says nothing about who those
   * people are.
   */
  private static boolean applies(
      Result r, Plan plan, boolean handWritten, Set<String> personSteps) {
    String id = r.rule().id();
    String target = r.finding().target();
    if (id.equals("FLG-HYG-001")
        && (Deployment.isPlaceholder(target)
            || handWritten && !r.finding().message().contains("' is also the "))) {
      // on hand-written Bicep only the collisions within one deployment are judged: the naming
      // rules are flgen's (and templates often hold tokens a pipeline replaces)
      return false;
    }
    if (handWritten && id.equals("FLG-AML-011")) {
      return false; // which vault is the FL confidentiality vault is flgen's own notion
    }
    return !(id.equals("FLG-AML-012") || id.equals("FLG-AML-013")) || !personSteps.contains(target);
  }

  /** The targets of the readiness findings about a person's step ("ACTOR -> TARGET"). */
  private static Set<String> personSteps(Plan plan) {
    Set<String> out = new HashSet<>();
    for (var c : io.flgen.readiness.Readiness.analyse(plan)) {
      if (c.origin().contains("your machine")) {
        out.add(c.actor() + " -> " + c.target());
      }
    }
    return out;
  }

  /**
   * Adds one deployment's results under its entry, once each: a resource a module declares and the
   * entry calls twice is reported once per distinct finding, at its declaration.
   */
  private static void place(
      List<Map.Entry<Result, Site>> results,
      String entry,
      List<Result> located,
      List<ReviewResult.Placement> placements) {
    Set<String> seen = new HashSet<>();
    for (var e : results) {
      Result r = e.getKey();
      if (seen.add(
          r.rule().id()
              + "\u0000"
              + r.finding().target()
              + "\u0000"
              + r.finding().message()
              + "\u0000"
              + r.location())) {
        located.add(r);
        placements.add(
            new ReviewResult.Placement(
                entry.isEmpty() && e.getValue() != Site.FOLDER ? e.getValue().entry() : entry,
                e.getValue().chain()));
      }
    }
  }

  private static void reach(String f, Map<String, Set<String>> calls, Set<String> reached) {
    if (reached.add(f)) {
      calls.getOrDefault(f, Set.of()).forEach(t -> reach(t, calls, reached));
    }
  }

  /**
   * The plan of the manifest's topology, when it still passes the schema: what the Bicep cannot say
   * (parties, stage, waivers, the intended owners); a problem otherwise.
   */
  private static Optional<Plan> intent(JsonNode source, List<Location.Message> problems) {
    StringBuilder problem = new StringBuilder();
    Optional<Plan> plan = Compilation.ofRecorded(source, "flgen-manifest.json", problem);
    if (plan.isEmpty()) {
      problems.add(
          new Location.Message(
              new Location("flgen-manifest.json", 1, 1),
              "its topology does not pass the schema ("
                  + problem
                  + "); stage, parties and waivers are not used"));
    }
    return plan;
  }

  /** A file under a modules/ folder that nothing calls is a library file, not a deployment. */
  static boolean isUnusedModule(String file, Set<String> all, Set<String> called) {
    return file.contains("/modules/") || file.startsWith("modules/")
        ? all.stream().anyMatch(f -> !f.contains("modules/") && !called.contains(f))
        : false;
  }

  private static ReviewResult.Drift drift(
      ArtifactFolder af, Optional<JsonNode> manifest, Plan plan) {
    if (manifest.isEmpty()) {
      return ReviewResult.Drift.NONE;
    }
    JsonNode m = manifest.get();
    List<String> edited = new ArrayList<>();
    List<String> added = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Map<String, String> hashes = new TreeMap<>();
    m.path("files").properties().forEach(e -> hashes.put(e.getKey(), e.getValue().asString()));
    for (var e : af.files().entrySet()) {
      if (e.getKey().equals("flgen-manifest.json")
          || !(e.getKey().endsWith(".bicep") || e.getKey().endsWith(".yaml"))) {
        continue;
      }
      String h = hashes.get(e.getKey());
      if (h == null) {
        added.add(e.getKey());
      } else if (!h.equals(io.flgen.render.GeneratedFiles.sha256(e.getValue()))) {
        edited.add(e.getKey());
      }
    }
    for (String f : hashes.keySet()) {
      if ((f.endsWith(".bicep") || f.endsWith(".yaml")) && !af.files().containsKey(f)) {
        missing.add(f);
      }
    }
    Set<String> was = new TreeSet<>();
    m.path("accessMatrix")
        .forEach(
            r ->
                was.add(
                    r.path("principal").asString()
                        + " -> "
                        + r.path("role").asString()
                        + " on "
                        + r.path("target").asString()));
    Set<String> now = new TreeSet<>();
    plan.grants()
        .forEach(g -> now.add(g.principal() + " -> " + g.roleName() + " on " + g.targetPath()));
    Set<String> exWas = new TreeSet<>();
    m.path("exposure")
        .forEach(r -> exWas.add(r.path("name").asString() + ": " + r.path("exposure").asString()));
    Set<String> exNow = new TreeSet<>();
    Exposures.of(plan).forEach(r -> exNow.add(r.name() + ": " + r.exposure()));
    return new ReviewResult.Drift(
        true,
        edited,
        added,
        missing,
        minus(now, was),
        minus(was, now),
        minus(exNow, exWas),
        minus(exWas, exNow));
  }

  private static List<String> minus(Set<String> a, Set<String> b) {
    return a.stream().filter(x -> !b.contains(x)).sorted().toList();
  }
}
