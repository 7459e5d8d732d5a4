package io.flgen.rules.cmp;

import io.flgen.plan.ComputePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-CMP-004")
public final class ComputeOutsideVnet extends Setting<ComputePlan> {
  public ComputeOutsideVnet() {
    super(Kind.COMPUTE, c -> c.vnet() == null, "is not in a VNet (no subnet)");
  }
}
