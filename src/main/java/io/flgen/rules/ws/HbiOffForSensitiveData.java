package io.flgen.rules.ws;

import io.flgen.plan.Plan;
import io.flgen.plan.SiloPlan;
import io.flgen.plan.WorkspacePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.List;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-WS-003",
    name = "workspace-hbi-for-sensitive-data",
    category = Category.WS,
    title = "The workspace is not high business impact although a silo's data is sensitive",
    crawl = Level.OFF,
    walk = Level.LOW,
    run = Level.MEDIUM,
    rationale =
        "Silo jobs on sensitive data run through the orchestrator workspace, and their logs, metrics and "
            + "code snapshots pass through it. The high business impact flag reduces the diagnostic data Microsoft "
            + "collects and encrypts local scratch disks of the workspace's compute clusters, which limits what "
            + "sensitive data can leak through telemetry and temporary files.",
    fix =
        "Set orchestrator.workspace.hbi: true whenever any silo has data.sensitivity: sensitive. The flag can only "
            + "be set when the workspace is created.",
    references = {"No PSRule, Checkov or Azure Policy equivalent"})
public final class HbiOffForSensitiveData implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    WorkspacePlan ws = plan.workspace();
    List<String> sensitive =
        plan.silos().stream().filter(SiloPlan::sensitive).map(SiloPlan::name).toList();
    if (ws.hbi() || sensitive.isEmpty()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            ws.name(),
            ws.origin(),
            ws.name()
                + " has hbi off although silos "
                + String.join(", ", sensitive)
                + " hold sensitive data"));
  }
}
