package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.cli.ValidateFixturesTest.Run;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.ResourceRef;
import io.flgen.plan.Scope;
import io.flgen.rules.RuleFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identities are compared as Azure compares them: by resource id, case-insensitively (issue 10,
 * item 1). A case variant of another party's identity in its resource group is that identity and is
 * refused by validate and render at every stage; the same name in another resource group is another
 * identity and is accepted.
 */
class IdentityTest {
  static final Path INVALID = ValidateFixturesTest.DIR;
  static final Path SAME_NAME =
      Path.of("src/test/resources/topologies/valid/identity-same-name-other-group.yaml");

  @Test
  void resourceRefComparesAsAzureDoes() {
    Scope a = new Scope(Scope.HOME, "11111111-AAAA-1111-1111-111111111111", "RG-FX");
    Scope b = new Scope(Scope.HOME, "11111111-aaaa-1111-1111-111111111111", "rg-fx");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(ResourceRef.identity(a, "ID-X"), ResourceRef.identity(b, "id-x"));
    assertEquals(
        ResourceRef.identity(a, "ID-X").hashCode(), ResourceRef.identity(b, "id-x").hashCode());
    assertNotEquals(
        ResourceRef.identity(a, "id-x"),
        ResourceRef.identity(new Scope(Scope.HOME, b.subscriptionId(), "rg-other"), "id-x"));
    assertNotEquals(ResourceRef.identity(a, "id-x"), ResourceRef.identity(a, "id-y"));
    assertEquals(
        "/subscriptions/11111111-AAAA-1111-1111-111111111111/resourceGroups/RG-FX/providers/"
            + "Microsoft.ManagedIdentity/userAssignedIdentities/ID-X",
        ResourceRef.identity(a, "ID-X").toString());
  }

  @Test
  void renderRefusesACaseVariantOfTheOrchestratorIdentityAndWritesNothing(@TempDir Path tmp)
      throws IOException {
    Path yaml = INVALID.resolve("identity-case-variant-of-orchestrator.yaml");
    Path out = tmp.resolve("out");
    Run r = ValidateFixturesTest.run("render", "--no-color", yaml.toString(), "-o", out.toString());
    assertEquals(ExitCodes.INVALID_INPUT, r.code(), r.out() + r.err());
    assertEquals(
        Files.readString(INVALID.resolve("identity-case-variant-of-orchestrator.expected.txt"))
            .lines()
            .findFirst()
            .orElseThrow(),
        (r.out() + r.err())
            .lines()
            .filter(l -> l.contains("FLG202") || l.contains("identity.name"))
            .findFirst()
            .orElse(""));
    assertFalse(Files.exists(out), "render wrote " + out);
  }

  @Test
  void theSameNameInAnotherResourceGroupIsAnotherIdentity(@TempDir Path tmp) throws IOException {
    Run v = ValidateFixturesTest.run("validate", "--no-color", SAME_NAME.toString());
    assertEquals(0, v.code(), v.out() + v.err());

    Plan plan = RuleFixtures.plan(SAME_NAME, null);
    List<String> ids =
        plan.identities().stream().map(IdentityPlan::id).map(ResourceRef::toString).toList();
    String sub = "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/";
    String type = "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/";
    assertEquals(
        List.of(
            sub + "rg-fl-run" + type + "id-flrun-orchestrator",
            sub + "rg-shared" + type + "id-hospital",
            sub + "rg-other" + type + "ID-HOSPITAL",
            sub + "rg-fl-run-hospital-c" + type + "id-flrun-hospital-c"),
        ids);

    Path out = tmp.resolve("out");
    Run r =
        ValidateFixturesTest.run(
            "render", "--no-color", SAME_NAME.toString(), "-o", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    String main = Files.readString(out.resolve("infra/main.bicep"), StandardCharsets.UTF_8);
    // each silo's compute runs as the identity module of its own silo, each in its own group
    assertEquals("identityHospitalA", moduleParam(main, "hosp-a-gpu", "identityId"));
    assertEquals("identityHospitalB", moduleParam(main, "hosp-b-gpu", "identityId"));
    assertTrue(
        main.contains(
            "module identityHospitalA 'modules/identity.bicep' = {\n  name: 'identity-hospital-a'\n"
                + "  scope: resourceGroup('33333333-3333-3333-3333-333333333333', 'rg-shared')\n  params: {\n    name: 'id-hospital'"),
        main);
    assertTrue(
        main.contains(
            "module identityHospitalB 'modules/identity.bicep' = {\n  name: 'identity-hospital-b'\n"
                + "  scope: resourceGroup('33333333-3333-3333-3333-333333333333', 'rg-other')\n  params: {\n    name: 'ID-HOSPITAL'"),
        main);
    assertTrue(
        main.contains(
            "output identityHospitalAPrincipalId string = identityHospitalA.outputs.principalId\n"),
        main);
    assertTrue(
        main.contains(
            "output identityHospitalBPrincipalId string = identityHospitalB.outputs.principalId\n"),
        main);
    // each silo's grants go to its own identity
    assertTrue(
        main.contains(
            "storageAccountName: 'stflrunhospitalb14ba0'\n    containerName: 'data'\n    principalId: identityHospitalB.outputs.principalId\n"),
        main);
    assertTrue(
        main.contains(
            "containerName: 'updates-hospital-b'\n    principalId: identityHospitalB.outputs.principalId\n"),
        main);
    // review traces each role assignment to its identity by resource id: nothing is shared
    Run rv = ValidateFixturesTest.run("review", out.toString());
    assertEquals(0, rv.code(), rv.out() + rv.err());
    String review = Files.readString(out.resolve("REVIEW.md"), StandardCharsets.UTF_8);
    assertEquals(
        List.of("FLG-WS-001"),
        Pattern.compile("\\[(FLG-[A-Z]+-[0-9]+)\\]")
            .matcher(review)
            .results()
            .map(m -> m.group(1))
            .distinct()
            .toList(),
        review);
  }

  /**
   * The symbol the {@code param} of the module whose {@code name} param is {@code name} refers to.
   */
  private static String moduleParam(String bicep, String name, String param) {
    Matcher m =
        Pattern.compile(
                "name: '"
                    + Pattern.quote(name)
                    + "'(?:(?!\\nmodule ).)*?"
                    + param
                    + ": (\\w+)\\.outputs",
                Pattern.DOTALL)
            .matcher(bicep);
    assertTrue(m.find(), "no module " + name + " with " + param);
    return m.group(1);
  }
}
