package io.flgen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.docs.RulePages;
import io.flgen.live.preflight.PreRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
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

  /**
   * A rule class (one with a {@link RuleId}) is registered once; a declared rule (a {@link
   * Setting}, or a readiness rule) carries its id as a field, and the catalogue tests below count
   * it by id.
   */
  @Test
  void everyRuleClassIsRegisteredOnce() throws IOException {
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
              && c.isAnnotationPresent(RuleId.class)) {
            classes.add(c.getName());
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
    }
    List<String> registered =
        RuleCatalog.ALL.stream()
            .filter(r -> r.getClass().isAnnotationPresent(RuleId.class))
            .map(r -> r.getClass().getName())
            .sorted()
            .toList();
    assertEquals(List.copyOf(classes), registered);
  }

  /** Strict both ways: every entry has exactly one registered rule, and every rule an entry. */
  @Test
  void everyRuleHasOneEntryInEachCatalogueFileAndEveryEntryOneRule() {
    List<String> rules =
        Stream.concat(RuleCatalog.ALL.stream(), PreRules.all().stream())
            .map(Rule::id)
            .sorted()
            .toList();
    assertEquals(List.copyOf(RuleInfo.ids()), rules, RuleInfo.CATALOG + " against the rules");
    Set<String> prose = new TreeSet<>(RuleInfo.prose(RuleInfo.load(RuleInfo.PROSE)).keySet());
    assertEquals(List.copyOf(prose), rules, RuleInfo.PROSE + " against the rules");
  }

  @Test
  void aRuleClassWithoutAnEntryFailsByName() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> RuleInfo.of("FLG-STO-999"));
    assertEquals("FLG-STO-999 has no entry in rules/catalog.properties", e.getMessage());
  }

  @Test
  void anEntryWithAMissingOrUnknownFieldIsRefused() {
    assertEquals(
        "rules/catalog.properties: FLG-STO-001 lacks title",
        refused(catalog("name", "n", "levels", "off low high")));
    assertEquals(
        "rules/catalog.properties: FLG-STO-001 lacks levels",
        refused(catalog("name", "n", "title", "t")));
    assertEquals(
        "rules/catalog.properties: FLG-STO-001.levels = off low",
        refused(catalog("name", "n", "title", "t", "levels", "off low")));
    assertEquals(
        "rules/catalog.properties: FLG-STO-001.levels = off low severe",
        refused(catalog("name", "n", "title", "t", "levels", "off low severe")));
    assertEquals(
        "rules/catalog.properties: FLG-STO-001.waivable = no",
        refused(catalog("name", "n", "title", "t", "levels", "off low high", "waivable", "no")));
    assertEquals(
        "rules/catalog.properties: unknown key FLG-STO-001.tilte",
        refused(catalog("name", "n", "tilte", "t", "levels", "off low high")));
    RuleInfo ok =
        RuleInfo.entries(catalog("name", "n", "title", "t", "levels", "off low high"))
            .get("FLG-STO-001");
    assertEquals(
        List.of(Level.OFF, Level.LOW, Level.HIGH), List.of(ok.crawl(), ok.walk(), ok.run()));
    assertTrue(ok.waivable());
  }

  @Test
  void proseWithAMissingFieldOrAGapInAListIsRefused() {
    assertEquals(
        "rules/prose.properties: FLG-STO-001 lacks fix", refusedProse(catalog("rationale", "r")));
    assertEquals(
        "rules/prose.properties: FLG-STO-001.reference.2 is missing",
        refusedProse(
            catalog("rationale", "r", "fix", "f", "reference.1", "a", "reference.3", "c")));
    assertEquals(
        "rules/prose.properties: unknown key FLG-STO-001.reference",
        refusedProse(catalog("rationale", "r", "fix", "f", "reference", "a")));
    assertEquals(
        List.of("a", "b"),
        RuleInfo.prose(catalog("rationale", "r", "fix", "f", "source.2", "b", "source.1", "a"))
            .get("FLG-STO-001")
            .sources());
  }

  /** Properties of rule FLG-STO-001 from field, value pairs. */
  private static Properties catalog(String... fieldsAndValues) {
    Properties p = new Properties();
    for (int k = 0; k < fieldsAndValues.length; k += 2) {
      p.setProperty("FLG-STO-001." + fieldsAndValues[k], fieldsAndValues[k + 1]);
    }
    return p;
  }

  private static String refused(Properties p) {
    return assertThrows(IllegalStateException.class, () -> RuleInfo.entries(p)).getMessage();
  }

  private static String refusedProse(Properties p) {
    return assertThrows(IllegalStateException.class, () -> RuleInfo.prose(p)).getMessage();
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
