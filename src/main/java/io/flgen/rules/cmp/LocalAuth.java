package io.flgen.rules.cmp;

import io.flgen.plan.ComputePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-CMP-003")
public final class LocalAuth extends Setting<ComputePlan> {
  public LocalAuth() {
    super(
        Kind.COMPUTE,
        ComputePlan::localAuth,
        "accepts local authentication (disableLocalAuth: false)");
  }
}
