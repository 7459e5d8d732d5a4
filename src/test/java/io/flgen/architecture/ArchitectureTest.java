package io.flgen.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stage packages import one way (docs/architecture.md): load, bind, plan, readiness, rules,
 * render, review, with azure, diag, terms and model below them, compile (the load-to-plan sequence)
 * above plan, and the front ends (cli, docs, report, live, simulate) above. Read from the compiled
 * classes, so inline fully qualified names count too.
 */
class ArchitectureTest {
  /** For each package, the flgen packages it may use. A package missing here fails the test. */
  static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("azure", Set.of()),
          Map.entry("diag", Set.of()),
          Map.entry("terms", Set.of()),
          Map.entry("model", Set.of("azure", "terms")),
          Map.entry("load", Set.of("diag", "terms")),
          Map.entry("bind", Set.of("azure", "diag", "load", "model", "terms")),
          Map.entry("plan", Set.of("azure", "diag", "model", "terms")),
          Map.entry("compile", Set.of("azure", "bind", "diag", "load", "model", "plan", "terms")),
          Map.entry(
              "readiness",
              Set.of("azure", "diag", "plan", "terms")), // the plan only, never the topology
          Map.entry("rules", Set.of("azure", "diag", "plan", "readiness", "terms")),
          Map.entry("render", Set.of("azure", "diag", "plan", "readiness", "terms")),
          Map.entry(
              "review",
              Set.of("azure", "compile", "diag", "plan", "readiness", "render", "rules", "terms")),
          Map.entry("report", Set.of("azure", "diag", "model", "rules", "terms")),
          Map.entry("docs", Set.of("azure", "diag", "load", "model", "rules", "terms")),
          Map.entry(
              "live",
              Set.of(
                  "azure",
                  "bind",
                  "compile",
                  "diag",
                  "load",
                  "model",
                  "plan",
                  "readiness",
                  "render",
                  "report",
                  "rules",
                  "terms")),
          Map.entry(
              "simulate",
              Set.of(
                  "azure",
                  "bind",
                  "compile",
                  "diag",
                  "load",
                  "model",
                  "plan",
                  "readiness",
                  "render",
                  "report",
                  "rules",
                  "terms")),
          Map.entry(
              "cli",
              Set.of(
                  "azure",
                  "bind",
                  "compile",
                  "diag",
                  "docs",
                  "live",
                  "load",
                  "model",
                  "plan",
                  "readiness",
                  "render",
                  "report",
                  "review",
                  "rules",
                  "simulate",
                  "terms")));

  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.flgen");
  }

  private static String stage(JavaClass c) {
    String p = c.getPackageName();
    if (!p.startsWith("io.flgen.")) {
      return null;
    }
    String rest = p.substring("io.flgen.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  @Test
  void everyPackageHasItsPlaceAndImportsOnlyDownwards() {
    Map<String, Set<String>> violations = new TreeMap<>();
    Set<String> unknown = new TreeSet<>();
    for (JavaClass c : classes) {
      String from = stage(c);
      if (from == null) {
        continue;
      }
      Set<String> allowed = ALLOWED.get(from);
      if (allowed == null) {
        unknown.add(from);
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String to = stage(d.getTargetClass());
        if (to != null && !to.equals(from) && !allowed.contains(to)) {
          violations
              .computeIfAbsent(from + " -> " + to, k -> new TreeSet<>())
              .add(c.getSimpleName());
        }
      }
    }
    assertEquals(
        Set.of(),
        unknown,
        "packages with no place in ArchitectureTest.ALLOWED (and docs/architecture.md)");
    assertEquals(Map.of(), violations, "imports against the stage direction");
  }

  /**
   * Rules, render and review read the plan, never the topology {@code model} (issue 12): what they
   * need of the topology the planner put into the plan.
   */
  @Test
  void rulesRenderAndReviewNeverReadTheModel() {
    Set<String> reading = new TreeSet<>();
    for (JavaClass c : classes) {
      String from = stage(c);
      if (!List.of("rules", "render", "review").contains(from)) {
        continue;
      }
      boolean model =
          c.getDirectDependenciesFromSelf().stream()
              .anyMatch(d -> "model".equals(stage(d.getTargetClass())));
      if (model) {
        reading.add(c.getName().replaceFirst("\\$.*", ""));
      }
    }
    assertEquals(Set.of(), reading, "rules, render and review classes reading io.flgen.model");
  }
}
