package io.flgen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule: its fail fixture gives exactly the expected findings, its pass fixture none. */
class RuleFixturesTest {
  static List<String> ids() {
    return RuleCatalog.ALL.stream().map(r -> r.info().id()).toList();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void passFixtureHasNoFinding(String id) {
    Rule rule = RuleCatalog.byId(id).orElseThrow();
    Path dir = RuleFixtures.ROOT.resolve(id);
    assertTrue(Files.exists(dir.resolve("pass.yaml")), dir + "/pass.yaml is missing");
    assertEquals(
        List.of(),
        RuleFixtures.lines(
            rule, RuleFixtures.plan(dir.resolve("pass.yaml"), dir.resolve("pass.patch.json"))));
  }

  @ParameterizedTest
  @MethodSource("ids")
  void failFixtureHasExactlyTheExpectedFindings(String id) throws IOException {
    Rule rule = RuleCatalog.byId(id).orElseThrow();
    Path dir = RuleFixtures.ROOT.resolve(id);
    assertTrue(Files.exists(dir.resolve("fail.yaml")), dir + "/fail.yaml is missing");
    List<String> expected =
        Files.readAllLines(dir.resolve("fail.expected.txt")).stream()
            .filter(l -> !l.isBlank())
            .sorted()
            .toList();
    assertFalse(expected.isEmpty(), "fail.expected.txt of " + id + " lists no finding");
    assertEquals(
        expected,
        RuleFixtures.lines(
            rule, RuleFixtures.plan(dir.resolve("fail.yaml"), dir.resolve("fail.patch.json"))));
  }
}
