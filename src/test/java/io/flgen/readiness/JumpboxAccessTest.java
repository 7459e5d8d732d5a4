package io.flgen.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flgen.golden.Blueprints;
import io.flgen.plan.Plan;
import io.flgen.rules.PlanPatch;
import io.flgen.rules.RuleCatalog;
import io.flgen.rules.RuleFixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * People whose step runs from the jumpbox sign in to it with Entra ID as themselves (issue 9, item
 * 7), and an AKS cluster's identity manages its own node subnet (item 9).
 */
class JumpboxAccessTest {
  private static final Set<String> WAY_IN = Set.of("vm", "nic", "bastion");

  private static List<String> grants(Plan p, Set<String> kinds) {
    return p.serviceGrants().stream()
        .filter(g -> kinds.contains(g.targetKind()))
        .map(
            g ->
                g.principal()
                    + " ("
                    + g.principalType()
                    + ") | "
                    + g.roleName()
                    + " | "
                    + g.targetKind()
                    + " "
                    + g.target()
                    + " | "
                    + g.scope().resourceGroup())
        .toList();
  }

  @Test
  void everyPersonWhoWorksFromTheJumpboxCanSignInToIt() {
    Plan p = Blueprints.plan("run-eyes-off");
    List<String> expected = new java.util.ArrayList<>();
    for (String who :
        List.of(
            "fl-run-data-scientists (Group)",
            "bbbbbbbb-0003-4000-8000-000000000001 (Group)",
            "bbbbbbbb-0003-4000-8000-000000000002 (Group)",
            "bbbbbbbb-0003-4000-8000-000000000003 (Group)")) {
      expected.add(who + " | Reader | vm vm-flrun-jumpbox | rg-fl-run");
      expected.add(who + " | Reader | nic vm-flrun-jumpbox-nic | rg-fl-run");
      expected.add(who + " | Reader | bastion bas-flrun | rg-fl-run");
      expected.add(who + " | Virtual Machine User Login | vm vm-flrun-jumpbox | rg-fl-run");
    }
    assertEquals(expected, grants(p, WAY_IN));
    assertEquals(List.of(), RuleFixtures.lines(RuleCatalog.byId("FLG-AML-013").orElseThrow(), p));
  }

  @Test
  void aMissingJumpboxGrantMakesThePersonsStepNotReady() throws Exception {
    Plan p = Blueprints.plan("run-eyes-off");
    Plan cut =
        PlanPatch.apply(
            p,
            JsonMapper.shared()
                .readTree(
                    "{\"serviceGrants[roleName=Virtual Machine User Login].principal\": \"someone-else\"}"));
    List<String> lines = RuleFixtures.lines(RuleCatalog.byId("FLG-AML-013").orElseThrow(), cut);
    assertEquals(4, lines.size(), String.join("\n", lines));
    assertEquals(
        "data scientist: az ml job create -> jumpbox vm-flrun-jumpbox | people | data scientist: az ml job "
            + "create, running on the jumpbox vm-flrun-jumpbox (Azure Bastion bas-flrun) as fl-run-data-scientists, has no "
            + "grant for jumpbox vm-flrun-jumpbox (sign in with Entra ID through Azure Bastion): missing: Virtual Machine "
            + "Administrator Login or Virtual Machine User Login on vm vm-flrun-jumpbox",
        lines.get(3));
  }

  @Test
  void withoutAWayInNobodyGetsJumpboxGrants() {
    Plan p = Blueprints.plan("walk-eyes-on");
    assertEquals(List.of(), grants(p, WAY_IN));
  }

  @Test
  void eachAksClusterIdentityManagesItsOwnNodeSubnet() {
    Plan p = Blueprints.plan("confidential-aks");
    assertEquals(p.aksClusters().size(), grants(p, Set.of("subnet")).size());
    p.aksClusters()
        .forEach(
            a ->
                assertEquals(
                    1,
                    p.serviceGrants().stream()
                        .filter(
                            g ->
                                g.targetKind().equals("subnet")
                                    && g.principal().equals("system:" + a.name())
                                    && g.roleName().equals("Network Contributor")
                                    && g.roleId().equals("4d97b98b-1d4f-4787-a291-c67834d212e7"))
                        .count(),
                    a.name()));
  }
}
