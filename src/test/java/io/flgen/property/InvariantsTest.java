package io.flgen.property;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flgen.golden.Blueprints;
import io.flgen.plan.Plan;
import io.flgen.rules.PlanPatch;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The property suite's invariants fail on the plans they exist to catch. */
class InvariantsTest {
  private static final Plan EYES_OFF = Blueprints.plan("run-eyes-off");
  private static final String SUFFIX = EYES_OFF.names().uniqueSuffix();

  private static Plan patched(String json) {
    return PlanPatch.apply(EYES_OFF, JsonMapper.builder().build().readTree(json));
  }

  @Test
  void theBlueprintKeepsThePromise() {
    assertEquals(List.of(), Invariants.violations(EYES_OFF));
  }

  @Test
  void aSiloIdentityThatIsTheOrchestratorsByResourceIdInOtherCaseIsCaught() {
    Plan p =
        patched(
            """
        {"identities[name=id-flrun-hospital-a].name": "ID-FLRUN-Orchestrator",
         "identities[name=ID-FLRUN-Orchestrator].scope": {"tenant": "home",
           "subscriptionId": "33333333-3333-3333-3333-333333333333", "resourceGroup": "RG-FL-RUN"},
         "grants[principal=id-flrun-hospital-a].principal": "ID-FLRUN-Orchestrator"}
        """);
    // one identity, two parties: the orchestrator writes to hospital-a's storage, and hospital-a
    // reads the others' updates
    assertEquals(
        List.of(
            "identity ID-FLRUN-Orchestrator (also orchestrator's, by resource id) has Storage Blob Data Contributor on "
                + "hospital-a's storage stflrunhospitala"
                + SUFFIX
                + "/data",
            "identity id-flrun-orchestrator (also hospital-a's, by resource id) has Storage Blob Data Reader on "
                + "another silo's update container stflrunorch"
                + SUFFIX
                + "/updates-hospital-b",
            "identity id-flrun-orchestrator (also hospital-a's, by resource id) has Storage Blob Data Reader on "
                + "another silo's update container stflrunorch"
                + SUFFIX
                + "/updates-hospital-c"),
        Invariants.violations(p));
  }

  @Test
  void aSiloIdentityThatIsAnotherSilosIsCaughtOnItsStorageAndUpdates() {
    Plan p =
        patched(
            """
        {"identities[name=id-flrun-hospital-b].name": "Id-FlRun-Hospital-A",
         "identities[name=Id-FlRun-Hospital-A].scope": {"tenant": "home",
           "subscriptionId": "33333333-3333-3333-3333-333333333333", "resourceGroup": "rg-fl-run-hospital-a"},
         "grants[principal=id-flrun-hospital-b].principal": "Id-FlRun-Hospital-A"}
        """);
    List<String> v = Invariants.violations(p);
    assertEquals(
        List.of(
            "identity id-flrun-hospital-a (also hospital-b's, by resource id) has Storage Blob Data Contributor on "
                + "hospital-a's storage stflrunhospitala"
                + SUFFIX
                + "/data",
            "identity id-flrun-hospital-a (also hospital-b's, by resource id) has Storage Blob Data Contributor on "
                + "another silo's update container stflrunorch"
                + SUFFIX
                + "/updates-hospital-a",
            "identity Id-FlRun-Hospital-A (also hospital-a's, by resource id) has Storage Blob Data Contributor on "
                + "hospital-b's storage stflrunhospitalb"
                + SUFFIX
                + "/data",
            "identity Id-FlRun-Hospital-A (also hospital-a's, by resource id) has Storage Blob Data Contributor on "
                + "another silo's update container stflrunorch"
                + SUFFIX
                + "/updates-hospital-b"),
        v);
  }

  @Test
  void aKeyGrantingRoleIsCaught() {
    Plan p =
        patched(
            """
        {"grants[principal=id-flrun-hospital-c].roleId": "c12c1c16-33a1-487b-954d-41c89c60f349"}
        """);
    assertEquals(
        4,
        Invariants.violations(p).stream().filter(x -> x.startsWith("key-granting")).count(),
        Invariants.violations(p).toString());
  }
}
