package io.flgen.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.azure.AzureCloud;
import io.flgen.compile.Compilation;
import io.flgen.golden.Blueprints;
import io.flgen.terms.NetworkMode;
import io.flgen.terms.Stage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the planner reads once from the topology into the plan, for rules, render and review. */
class PlanContextTest {
  private static Plan compile(String yaml) {
    Compilation c =
        Compilation.of(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml", LocalDate.of(2026, 11, 28));
    assertTrue(c.ok(), c.diagnostics().toString());
    return c.plan();
  }

  @Test
  void theHybridBlueprintsPartiesStageJobAndTenantAreInThePlan() {
    PlanContext c = Blueprints.plan("run-hybrid").context();
    assertEquals("fl-hybrid", c.name());
    assertEquals(Stage.RUN, c.stage());
    assertEquals(AzureCloud.PUBLIC, c.cloud());
    assertEquals(Optional.of("0f0f0f0f-0000-4000-8000-000000000006"), c.homeTenantId());
    assertEquals(NetworkMode.PRIVATE, c.orchestratorNetwork());
    assertEquals(
        List.of("internal-a", "existing-b", "onprem-c", "partner-d"),
        c.silos().stream().map(SiloPlan::name).toList());
    assertEquals(
        List.of(
            SiloPlan.SiloKind.INTERNAL,
            SiloPlan.SiloKind.INTERNAL,
            SiloPlan.SiloKind.EXTERNAL,
            SiloPlan.SiloKind.CROSS_TENANT),
        c.silos().stream().map(SiloPlan::kind).toList());
    assertEquals(
        List.of("silos[0]", "silos[1]", "silos[2]", "silos[3]"),
        c.silos().stream().map(s -> s.party().path()).toList());
    assertEquals(
        List.of("westeurope", "northeurope", "westeurope", "uksouth"),
        c.silos().stream().map(SiloPlan::region).toList());
    assertTrue(c.silos().stream().allMatch(SiloPlan::sensitive));
    SiloPlan onprem = c.silos().get(2);
    assertEquals(Optional.of(new SiloPlan.PrivatePath("vpn", "10.30.255.4")), onprem.privatePath());
    assertEquals(Optional.empty(), c.silos().get(0).privatePath());
    // existing-b's account is approved by its owner, the default
    assertEquals(Optional.empty(), c.silos().get(1).deployerApprovedAccount());
    assertEquals(6, c.job().rounds());
    assertTrue(c.job().differentialPrivacy());
  }

  @Test
  void aPartysNetworkModeIsItsSilosTheOrchestratorsOrOpenForAnUnknownSilo() {
    Plan p = Blueprints.plan("run-hybrid");
    PlanContext c = p.context();
    assertEquals(NetworkMode.PRIVATE, c.network(Party.ORCHESTRATOR));
    assertEquals(NetworkMode.VNET, c.network(c.silos().get(1).party()));
    assertEquals(NetworkMode.OPEN, c.network(Party.silo("no-such-silo", 9)));
    assertEquals(Optional.empty(), c.silo(Party.ORCHESTRATOR));
  }

  @Test
  void theDeployersApprovalAndTheAksVersionReachThePlan() throws Exception {
    String approved =
        Files.readString(Path.of("src/test/resources/rules/FLG-AML-007/pass.yaml"))
            .replace(
                "        accountName: stsilobdata\n",
                "        accountName: stsilobdata\n        endpointApproval: deployer\n");
    SiloPlan siloB = compile(approved).silos().get(1);
    assertEquals(Optional.of("stsilobdata"), siloB.deployerApprovedAccount());

    String versioned =
        Files.readString(Path.of("blueprints/confidential-aks.yaml"))
            .replaceFirst(
                "      type: aks\n", "      type: aks\n      kubernetesVersion: \"1.30\"\n");
    List<SiloPlan> silos = compile(versioned).silos();
    assertEquals(List.of("1.30", ""), silos.stream().map(SiloPlan::kubernetesVersion).toList());
  }

  @Test
  void aReviewedFolderWithoutAManifestDeclaresNothing() {
    PlanContext r = PlanContext.reviewed();
    assertEquals(Stage.RUN, r.stage());
    assertEquals(List.of(), r.silos());
    assertEquals(List.of(), r.waivers());
    assertEquals(NetworkMode.OPEN, r.orchestratorNetwork());
  }
}
