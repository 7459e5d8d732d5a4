package io.flgen.rules.ws;

import io.flgen.plan.WorkspacePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-WS-005")
public final class V1LegacyMode extends Setting<WorkspacePlan> {
  public V1LegacyMode() {
    super(
        Kind.WORKSPACE, WorkspacePlan::v1LegacyMode, "has v1 legacy mode on (v1LegacyMode: true)");
  }
}
