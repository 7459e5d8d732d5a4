package io.flgen.rules.ws;

import io.flgen.plan.WorkspacePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-WS-001")
public final class WorkspacePublicAccess extends Setting<WorkspacePlan> {
  public WorkspacePublicAccess() {
    super(
        Kind.WORKSPACE,
        WorkspacePlan::publicNetworkAccess,
        "accepts public network traffic (publicNetworkAccess: Enabled)");
  }
}
