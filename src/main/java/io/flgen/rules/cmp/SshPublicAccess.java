package io.flgen.rules.cmp;

import io.flgen.plan.ComputePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-CMP-002")
public final class SshPublicAccess extends Setting<ComputePlan> {
  public SshPublicAccess() {
    super(
        Kind.COMPUTE,
        ComputePlan::sshPublicAccess,
        "allows public SSH (remoteLoginPortPublicAccess: Enabled)");
  }
}
