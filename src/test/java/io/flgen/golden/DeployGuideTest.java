package io.flgen.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.model.CrossTenantSilo;
import io.flgen.model.Topology;
import io.flgen.plan.Plan;
import io.flgen.plan.StoragePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DEPLOY.md is a runbook: it names every tenant, its numbered steps run in dependency order (a step
 * never needs something a later step creates), and it tells the deployer which role an existing
 * storage account needs before flgen can add role assignments on it.
 */
class DeployGuideTest {

  static final Pattern STEP = Pattern.compile("(?m)^## (\\d+)\\. (.+)$");

  static String guide(String blueprint) {
    String md = Blueprints.render(blueprint).asMap().get("DEPLOY.md");
    assertTrue(md != null, blueprint + ": no DEPLOY.md rendered");
    return md;
  }

  /** The {@code ## N. ...} headings in document order; numbering must be 1, 2, 3, ... */
  static List<String> steps(String blueprint, String md) {
    List<String> out = new ArrayList<>();
    Matcher m = STEP.matcher(md);
    while (m.find()) {
      assertEquals(
          out.size() + 1,
          Integer.parseInt(m.group(1)),
          blueprint + ": step numbers must run 1, 2, 3, ... but found '" + m.group(0) + "'");
      out.add(m.group(0));
    }
    return out;
  }

  /** Index of the only step whose heading matches; -1 when none does. */
  static int stepIndex(
      String blueprint, List<String> steps, String what, Predicate<String> heading) {
    int found = -1;
    for (int i = 0; i < steps.size(); i++) {
      if (heading.test(steps.get(i))) {
        assertEquals(-1, found, blueprint + ": two steps match '" + what + "': " + steps);
        found = i;
      }
    }
    return found;
  }

  static void assertBefore(
      String blueprint,
      List<String> steps,
      int first,
      String firstName,
      int then,
      String thenName) {
    if (first < 0 || then < 0) {
      return;
    }
    assertTrue(
        first < then,
        blueprint
            + ": '"
            + firstName
            + "' ("
            + steps.get(first)
            + ") must come before '"
            + thenName
            + "' ("
            + steps.get(then)
            + ")");
  }

  static List<String> blueprints() {
    return Blueprints.renderable();
  }

  // ----------------------------------------------------------------- run-hybrid, exactly

  @Test
  void runHybridNamesEveryTenant() {
    Topology t = Blueprints.load("run-hybrid").topology();
    String md = guide("run-hybrid");
    String home =
        t.orchestrator()
            .tenantId()
            .orElseThrow(() -> new AssertionError("run-hybrid sets orchestrator.tenantId"));
    assertTrue(
        md.contains("**orchestrator tenant** `" + home + "`"),
        "DEPLOY.md must name the orchestrator tenant " + home);
    assertTrue(
        md.contains("az login --tenant " + home + "\n"),
        "the orchestrator steps must sign in to " + home);
    List<String> partners =
        t.silos().stream()
            .filter(s -> s instanceof CrossTenantSilo)
            .map(s -> ((CrossTenantSilo) s).tenantId())
            .distinct()
            .toList();
    assertFalse(partners.isEmpty(), "run-hybrid has a cross-tenant silo");
    for (String p : partners) {
      assertTrue(
          md.contains("**partner tenant** `" + p + "`"), "DEPLOY.md must list partner tenant " + p);
      assertTrue(
          md.contains("az login --tenant " + p + "\n"), "the partner steps must sign in to " + p);
      assertTrue(
          md.contains("infra/tenants/" + p + "/main.bicep"),
          "the partner steps must deploy the bundle of " + p);
    }
  }

  @Test
  void runHybridStepsAreExactlyThese() {
    String partner = "0f0f0f0f-0000-4000-8000-00000000000d";
    assertEquals(
        List.of(
            "## 1. Orchestrator tenant: sign in and register the resource providers (orchestrator admin, your machine)",
            "## 2. Orchestrator tenant: deploy the infrastructure (orchestrator admin, your machine)",
            "## 3. Orchestrator tenant: create the trust for silo partner-d (orchestrator admin)",
            "## 4. Partner tenant " + partner + ": consent and deploy (partner admin)",
            "## 5. Orchestrator tenant: request the private endpoints into tenant "
                + partner
                + " (orchestrator admin)",
            "## 6. Partner tenant " + partner + ": approve the private endpoints (partner admin)",
            "## 7. Existing account stresearchdata02: approve the private endpoint (the account's owner)",
            "## 8. Kubernetes: namespace, instance types and local data of silo onprem-c (cluster admin)",
            "## 9. Orchestrator tenant: attach the Kubernetes computes (orchestrator admin, your machine)",
            "## 10. Orchestrator tenant: create the datastores (orchestrator admin, identity-based, no stored credentials; from the jumpbox "
                + "vm-flhyb-jumpbox (Azure Bastion bas-flhyb))",
            "## 11. Upload data (each silo's data owner)",
            "## 12. Register the data assets (orchestrator data scientist, from the jumpbox vm-flhyb-jumpbox (Azure Bastion bas-flhyb))",
            "## 13. Submit the FL job (orchestrator data scientist, from the jumpbox vm-flhyb-jumpbox (Azure Bastion bas-flhyb))"),
        steps("run-hybrid", guide("run-hybrid")));
  }

  // ----------------------------------------------------------------- every blueprint: dependency
  // order

  @ParameterizedTest
  @MethodSource("blueprints")
  void stepsRunInDependencyOrder(String blueprint) {
    List<String> s = steps(blueprint, guide(blueprint));
    assertFalse(s.isEmpty(), blueprint + ": DEPLOY.md has no numbered steps");
    int deploy =
        stepIndex(
            blueprint,
            s,
            "orchestrator deployment",
            h -> h.contains("Orchestrator tenant: deploy the infrastructure"));
    int datastores =
        stepIndex(blueprint, s, "datastores", h -> h.contains("create the datastores"));
    int submit = stepIndex(blueprint, s, "job submission", h -> h.contains("Submit the FL job"));
    assertTrue(
        deploy >= 0 && submit >= 0,
        blueprint + ": the guide must deploy the infrastructure and submit the job: " + s);
    assertEquals(s.size() - 1, submit, blueprint + ": submitting the job must be the last step");
    assertBefore(blueprint, s, deploy, "orchestrator deployment", datastores, "datastores");
    assertBefore(blueprint, s, datastores, "datastores", submit, "job submission");

    List<Integer> trusts = indexes(s, h -> h.contains("create the trust for silo"));
    List<Integer> partnerDeploys = indexes(s, h -> h.contains(": consent and deploy"));
    List<Integer> approvals = indexes(s, h -> h.contains(": approve the private endpoints"));
    List<Integer> kubernetes = indexes(s, h -> h.startsWith("## ") && h.contains(". Kubernetes:"));
    for (int t : trusts) {
      assertBefore(blueprint, s, deploy, "orchestrator deployment", t, "trust script");
    }
    for (int p : partnerDeploys) {
      for (int t : trusts) {
        assertBefore(blueprint, s, t, "trust script", p, "partner consent and deploy");
      }
    }
    for (int a : approvals) {
      assertBefore(
          blueprint,
          s,
          deploy,
          "orchestrator deployment (creates the endpoint requests)",
          a,
          "private-endpoint approval");
      String tenant = s.get(a).replaceAll(".*Partner tenant (\\S+):.*", "$1");
      int own =
          stepIndex(
              blueprint,
              s,
              "consent and deploy of " + tenant,
              h -> h.contains("Partner tenant " + tenant + ": consent and deploy"));
      assertTrue(
          own >= 0,
          blueprint + ": tenant " + tenant + " approves endpoints but never deploys its bundle");
      assertBefore(blueprint, s, own, "partner deploy", a, "private-endpoint approval");
      // the endpoint requests need the partner storage, so they come after the partner deploy
      int request =
          stepIndex(
              blueprint,
              s,
              "endpoint requests into " + tenant,
              h -> h.contains("request the private endpoints into tenant " + tenant));
      assertBefore(blueprint, s, own, "partner deploy", request, "private-endpoint requests");
      assertBefore(
          blueprint, s, request, "private-endpoint requests", a, "private-endpoint approval");
    }
    for (int k : kubernetes) {
      assertBefore(
          blueprint,
          s,
          deploy,
          "orchestrator deployment (cluster, extension)",
          k,
          "Kubernetes apply");
      assertBefore(blueprint, s, k, "Kubernetes apply", submit, "job submission");
    }
  }

  private static List<Integer> indexes(List<String> steps, Predicate<String> heading) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      if (heading.test(steps.get(i))) {
        out.add(i);
      }
    }
    return out;
  }

  // ----------------------------------------------------------------- existing storage permissions

  @ParameterizedTest
  @MethodSource("blueprints")
  void existingStorageNoteNamesARoleThatMayAssignRoles(String blueprint) {
    Plan plan = Blueprints.plan(blueprint);
    String md = guide(blueprint);
    for (StoragePlan s : plan.storages()) {
      if (!s.existing()) {
        continue;
      }
      String start = "- On the existing storage account `" + s.name() + "`";
      int at = md.indexOf(start);
      assertTrue(
          at >= 0,
          blueprint + ": DEPLOY.md has no permission note for existing storage " + s.name());
      int end = nextBullet(md, at + start.length());
      String note = md.substring(at, end).replaceAll("\\s+", " ");
      // the nested deployment there needs Microsoft.Resources/deployments/*, which User Access
      // Administrator lacks
      for (String role :
          List.of(
              "**Owner**",
              "**Role Based Access Control Administrator**",
              "`Microsoft.Resources/deployments/*`")) {
        assertTrue(
            note.contains(role),
            blueprint + ": the note on " + s.name() + " must name " + role + ": " + note);
      }
      assertFalse(
          note.contains("User Access Administrator"),
          blueprint + ": User Access Administrator cannot deploy there: " + note);
      assertTrue(
          note.contains("`" + s.scope().resourceGroup() + "`")
              && note.contains("`" + s.scope().subscriptionId() + "`"),
          blueprint
              + ": the note on "
              + s.name()
              + " must name its resource group and subscription: "
              + note);
    }
  }

  /**
   * Azure ML attaches a Kubernetes cluster only into an existing namespace: the attach is switched
   * off in the first deployment and switched on by a re-run after every cluster's namespace step.
   */
  @ParameterizedTest
  @MethodSource("blueprints")
  void kubernetesComputesAreAttachedAfterTheirNamespacesExist(String blueprint) {
    var files = Blueprints.render(blueprint).asMap();
    String md = guide(blueprint);
    List<String> steps = steps(blueprint, md);
    String main = files.get("infra/main.bicep");
    Matcher attach =
        Pattern.compile("(?m)^module \\w+ 'modules/attached-compute.bicep' = (.*)$").matcher(main);
    int attaches = 0;
    while (attach.find()) {
      attaches++;
      assertTrue(
          attach.group(1).startsWith("if (attachKubernetesComputes) {"),
          blueprint + ": unconditional attach: " + attach.group(0));
    }
    int attachStep =
        stepIndex(blueprint, steps, "attach", h -> h.contains("attach the Kubernetes computes"));
    assertEquals(
        attaches > 0,
        attachStep >= 0,
        blueprint + ": an attach step exactly when there are attached computes");
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).contains("Kubernetes: namespace")) {
        assertBefore(blueprint, steps, i, steps.get(i), attachStep, "the attach step");
      }
    }
    if (attachStep >= 0) {
      assertTrue(
          md.contains("attachKubernetesComputes=true"),
          blueprint + ": the attach step does not switch the attach on");
    }
  }

  /** Every run of main.bicep passes every parameter it declares without a default. */
  @ParameterizedTest
  @MethodSource("blueprints")
  void everyDeploymentOfMainPassesItsRequiredParameters(String blueprint) {
    var files = Blueprints.render(blueprint).asMap();
    Matcher param =
        Pattern.compile("(?m)^param (\\w+) \\w+$").matcher(files.get("infra/main.bicep"));
    List<String> required = new ArrayList<>();
    while (param.find()) {
      if (!files.get("infra/main.parameters.json").contains("\"" + param.group(1) + "\"")) {
        required.add(param.group(1)); // not in the parameters file: the command line must pass it
      }
    }
    String md = guide(blueprint);
    Matcher run =
        Pattern.compile("--template-file infra/main.bicep \\\\\n\\s*--parameters ([^\n]*)")
            .matcher(md);
    int runs = 0;
    while (run.find()) {
      runs++;
      for (String p : required) {
        assertTrue(
            run.group(1).contains(p + "="),
            blueprint + ": a deployment of main.bicep lacks " + p + ": " + run.group(0));
      }
    }
    assertTrue(runs >= 1, blueprint + ": no deployment of main.bicep in DEPLOY.md");
  }

  /** Where the bullet or section after {@code from} starts. */
  private static int nextBullet(String md, int from) {
    Matcher m = Pattern.compile("(?m)^(- |## )").matcher(md);
    return m.find(from) ? m.start() : md.length();
  }
}
