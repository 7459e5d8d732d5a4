package io.flgen.rules.ws;

import io.flgen.plan.WorkspacePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-WS-001",
    name = "workspace-public-network-access",
    category = Category.WS,
    title = "The Azure ML workspace accepts public network traffic at run stage",
    crawl = Level.OFF,
    walk = Level.OFF,
    run = Level.MEDIUM,
    rationale =
        "The workspace is the control plane of the federation: whoever reaches it with a role can submit "
            + "jobs to every silo's compute, read job logs and outputs, and change the pipeline. A public workspace "
            + "relies on Entra ID alone; a private one is reachable only from the orchestrator VNet and peered "
            + "networks. Crawl and walk sandboxes keep it public for convenience.",
    fix =
        "Set orchestrator.network.mode to private (flgen then adds the workspace private endpoint), or set "
            + "orchestrator.workspace.publicNetworkAccess: false; waive the finding when an eyes-off setup keeps the "
            + "workspace public on purpose (eyes-off then applies to the data only).",
    references = {
      "PSRule: Azure.ML.PublicAccess",
      "Checkov: CKV_AZURE_144",
      "Checkov: CKV2_AZURE_49",
      "Azure Policy: Azure Machine Learning Workspaces should disable public network access "
          + "(438c38d2-3772-465a-a9cc-7a6666a275ce)"
    })
public final class WorkspacePublicAccess extends Setting<WorkspacePlan> {
  public WorkspacePublicAccess() {
    super(
        Kind.WORKSPACE,
        WorkspacePlan::publicNetworkAccess,
        "accepts public network traffic (publicNetworkAccess: Enabled)");
  }
}
