package io.flgen.rules.ws;

import io.flgen.plan.WorkspacePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-WS-005",
    name = "workspace-v1-legacy-mode-off",
    category = Category.WS,
    title = "The workspace has v1 legacy mode on",
    crawl = Level.LOW,
    walk = Level.LOW,
    run = Level.LOW,
    rationale =
        "v1 legacy mode disables the Azure ML v2 API for the workspace. flgen's FL pipeline job, its "
            + "components and its identity-based datastores are CLI v2, so the generated job cannot be submitted; the "
            + "only fallback is the deprecated SDK v1 (support ends June 2026) with key-based datastores, which brings "
            + "account keys back into every silo's jobs.",
    fix = "Keep v1LegacyMode off (flgen's default); run the generated CLI v2 pipeline job.",
    references = {"No PSRule, Checkov or Azure Policy equivalent"})
public final class V1LegacyMode extends Setting<WorkspacePlan> {
  public V1LegacyMode() {
    super(
        Kind.WORKSPACE, WorkspacePlan::v1LegacyMode, "has v1 legacy mode on (v1LegacyMode: true)");
  }
}
