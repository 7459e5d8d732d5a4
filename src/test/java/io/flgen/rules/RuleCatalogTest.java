package io.flgen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.docs.RulePages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules about rules: ids, registration, metadata, docs and fixtures. */
class RuleCatalogTest {

  @Test
  void theCatalogueHasAtLeast45Rules() {
    assertTrue(RuleCatalog.ALL.size() >= 45, "only " + RuleCatalog.ALL.size() + " rules");
  }

  @Test
  void idsAndNamesAreUniqueWellFormedAndSorted() {
    Set<String> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    String prev = "";
    for (Rule r : RuleCatalog.ALL) {
      RuleInfo i = r.info();
      assertTrue(i.id().matches("FLG-[A-Z]{2,4}-\\d{3}"), i.id());
      assertTrue(
          i.id().startsWith("FLG-" + i.category().name() + "-"),
          i.id() + " is not in area " + i.category());
      assertTrue(i.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), i.name());
      assertTrue(ids.add(i.id()), "duplicate id " + i.id());
      assertTrue(names.add(i.name()), "duplicate name " + i.name());
      assertTrue(i.id().compareTo(prev) > 0, "catalogue not sorted at " + i.id());
      prev = i.id();
      assertFalse(
          i.title().isBlank() || i.rationale().isBlank() || i.fix().isBlank(),
          i.id() + " lacks text");
      assertTrue(
          i.crawl() != Level.OFF || i.walk() != Level.OFF || i.run() != Level.OFF,
          i.id() + " is off at every stage");
      assertTrue(
          i.crawl().compareTo(i.run()) <= 0 && i.walk().compareTo(i.run()) <= 0,
          i.id() + " is stricter at an earlier stage than at run");
    }
  }

  @Test
  void everyRuleClassIsRegistered() throws IOException {
    Path root = Path.of("target/classes/io/flgen/rules");
    Set<String> classes = new TreeSet<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            "io.flgen.rules."
                + root.relativize(p).toString().replace('/', '.').replace(".class", "");
        try {
          Class<?> c = Class.forName(name);
          if (Rule.class.isAssignableFrom(c)
              && !c.isInterface()
              && c.isAnnotationPresent(RuleInfo.class)) {
            classes.add(c.getName());
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
    }
    Set<String> registered = new TreeSet<>();
    RuleCatalog.ALL.forEach(r -> registered.add(r.getClass().getName()));
    assertEquals(classes, registered);
  }

  @Test
  void docsAreGeneratedFromTheCatalogue() throws IOException {
    for (var e : RulePages.render().entrySet()) {
      if (e.getKey().equals("rules/README.md")) {
        continue; // the index lists the FLG-PRE rules too: LiveCommandsTest checks it
      }
      Path p = Path.of("docs").resolve(e.getKey());
      assertTrue(Files.exists(p), p + " is missing: run ./flgen docs");
      assertEquals(e.getValue(), Files.readString(p), p + " is stale: run ./flgen docs");
    }
    try (Stream<Path> s = Files.list(Path.of("docs/rules"))) {
      List<String> extra =
          s.map(p -> p.getFileName().toString())
              .filter(n -> !RulePages.render().containsKey("rules/" + n))
              // preflight's FLG-PRE pages:
              // LiveCommandsTest.preflightRulesAreListedExplainedAndDocumented
              .filter(n -> !n.startsWith("FLG-PRE-"))
              .toList();
      assertEquals(List.of(), extra, "docs/rules has pages for rules that do not exist");
    }
  }

  @Test
  void everyRuleHasPassAndFailFixtures() {
    for (Rule r : RuleCatalog.ALL) {
      Path dir = RuleFixtures.ROOT.resolve(r.info().id());
      for (String f : List.of("pass.yaml", "fail.yaml", "fail.expected.txt")) {
        assertTrue(Files.exists(dir.resolve(f)), dir.resolve(f) + " is missing");
      }
    }
  }
}
