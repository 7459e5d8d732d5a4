package io.flgen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.bind.TopologyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each defect of the reference sample listed in shared/PRODUCT.md, mapped to the rule that catches
 * it: the rule exists, and its fail fixture (which reproduces the defect) makes it fire.
 */
class ReferenceSampleDefectsTest {

  static Stream<Arguments> defects() {
    return Stream.of(
        Arguments.of(
            "grants key-granting storage roles (Key Operator, Reader and Data Access)",
            "FLG-STO-001"),
        Arguments.of(
            "every silo gets read/write on the whole orchestrator storage: silo A reads silo B's updates",
            "FLG-ISO-002"),
        Arguments.of("computes keep public IPs in eyes-off mode", "FLG-CMP-001"),
        Arguments.of("the ACR admin user is enabled", "FLG-ACR-001"),
        Arguments.of("the confidentiality Key Vault is public", "FLG-KV-003"),
        Arguments.of("the Key Vault private DNS zone is privatelink.vault.azure.net", "FLG-KV-004"),
        Arguments.of(
            "storage names truncated to 24 characters make every silo share one account",
            "FLG-HYG-001"),
        Arguments.of("existing-storage silos get no role assignments", "FLG-ISO-012"),
        Arguments.of("the aggregate step reuses a silo's instance type", "FLG-EXT-002"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("defects")
  void defectIsCaughtByItsRule(String defect, String ruleId) {
    Rule rule =
        RuleCatalog.byId(ruleId)
            .orElseThrow(() -> new AssertionError(ruleId + " is not in the catalogue"));
    Path dir = RuleFixtures.ROOT.resolve(ruleId);
    List<String> found =
        RuleFixtures.lines(
            rule, RuleFixtures.plan(dir.resolve("fail.yaml"), dir.resolve("fail.patch.json")));
    assertFalse(found.isEmpty(), ruleId + " does not fire on its fixture for: " + defect);
  }

  /**
   * The sample's truncation defect is also stopped before planning: two silos never share a name.
   */
  @ParameterizedTest
  @MethodSource("truncation")
  void truncatedNamesAreRejectedAtValidation(String yaml) throws Exception {
    Path f = Files.createTempFile("flgen-trunc", ".yaml");
    Files.writeString(f, yaml);
    var r = TopologyLoader.load(f, "t.yaml", RuleFixtures.TODAY);
    assertTrue(r.ok(), "the topology itself is valid");
    var names =
        io.flgen.plan.NameCheck.check(io.flgen.plan.Planner.plan(r.topology()), r.sourceMap());
    assertEquals(2, names.size(), names.toString());
    assertTrue(names.stream().allMatch(d -> d.code().equals("FLG201")), names.toString());
  }

  static Stream<String> truncation() throws Exception {
    String base = Files.readString(RuleFixtures.ROOT.resolve("FLG-ISO-001/pass.yaml"));
    return Stream.of(
        base.replace("- name: silo-a", "- name: hospital-north-1")
            .replace("- name: silo-b", "- name: hospital-north-2"));
  }
}
