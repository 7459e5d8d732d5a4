package io.flgen.rules.cmp;

import io.flgen.plan.ComputePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-CMP-001")
public final class NodePublicIp extends Setting<ComputePlan> {
  public NodePublicIp() {
    super(
        Kind.COMPUTE,
        ComputePlan::nodePublicIp,
        "gives its nodes public IPs (enableNodePublicIp: true)");
  }
}
