package io.flgen.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.bind.TopologyLoader;
import io.flgen.golden.Blueprints;
import io.flgen.plan.Plan;
import io.flgen.plan.Planner;
import io.flgen.rules.RuleFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The orchestrator admin's datastore step in DEPLOY.md is a person's step the analysis walks too.
 */
class ReadinessTest {
  private static Check adminStep(Plan p) {
    return Readiness.analyse(p).stream()
        .filter(c -> c.actor().equals(Readiness.ADMIN_DATASTORES))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no datastore step in " + Readiness.analyse(p)));
  }

  @Test
  void adminCreatesTheDatastoresFromTheJumpboxWhenTheWorkspaceIsPrivate() {
    Check c = adminStep(Blueprints.plan("run-private"));
    assertTrue(c.ready(), c.toString());
    assertEquals("the jumpbox vm-flpriv-jumpbox (Azure Bastion bas-flpriv)", c.origin());
    assertEquals("workspace mlw-flpriv", c.target());
    assertTrue(c.path().startsWith("private endpoint pe-"), c.path());
  }

  /** The plan of a blueprint with one block of its text cut out. */
  private static Plan planWithout(Path dir, String blueprint, String regex) throws IOException {
    String text = Files.readString(Path.of("blueprints/" + blueprint + ".yaml"));
    String cut = text.replaceFirst(regex, "");
    assertTrue(cut.length() < text.length(), blueprint + ": nothing matched " + regex);
    Path f = dir.resolve(blueprint + "-cut.yaml");
    Files.writeString(f, cut);
    TopologyLoader.Result r = TopologyLoader.load(f, f.toString(), RuleFixtures.TODAY);
    assertTrue(r.ok(), r.diagnostics().toString());
    return Planner.plan(r.topology());
  }

  @Test
  void withoutAWayInTheAdminCannotReachThePrivateWorkspace(@TempDir Path dir) throws IOException {
    Check c = adminStep(planWithout(dir, "run-private", "(?m)^  wayIn:.*\\n    kind: bastion\\n"));
    assertEquals("your machine", c.origin());
    assertEquals(false, c.pathOk());
    assertEquals(
        "mlw-flpriv (amlworkspace) is private and has no private endpoint reachable from your machine",
        c.path());
  }

  private static Check step(Plan p, String actor) {
    return Readiness.analyse(p).stream()
        .filter(c -> c.actor().equals(actor))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step " + actor));
  }

  @Test
  void dataScientistsUploadTheBaselineDataToItsContainerOnly() {
    Plan p = Blueprints.plan("walk-eyes-on");
    Check c = step(p, Readiness.BASELINE_UPLOAD);
    assertTrue(c.ready(), c.toString());
    assertEquals("storage stflwalkorch" + p.names().uniqueSuffix() + "/baseline-data", c.target());
    assertEquals(
        "Storage Blob Data Contributor on stflwalkorch"
            + p.names().uniqueSuffix()
            + "/baseline-data (fl-walk-data-scientists)",
        c.grant());
  }

  @Test
  void withoutDataScientistsNobodyCanUploadTheBaselineData(@TempDir Path dir) throws IOException {
    Plan p = planWithout(dir, "walk-eyes-on", "(?m)^people:\\n  dataScientists:\\n(    .*\\n)+");
    Check c = step(p, Readiness.BASELINE_UPLOAD);
    assertEquals(false, c.grantOk());
    assertEquals(
        "missing: Storage Blob Data Contributor or Storage Blob Data Owner on stflwalkorch"
            + p.names().uniqueSuffix()
            + "/baseline-data",
        c.grant());
  }
}
