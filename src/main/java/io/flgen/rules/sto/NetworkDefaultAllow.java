package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

/** Applies to existing accounts too: it reads the exposure the deployment relies on. */
@RuleId("FLG-STO-008")
public final class NetworkDefaultAllow extends Setting<StoragePlan> {
  public NetworkDefaultAllow() {
    super(
        Kind.STORAGE,
        s -> !s.exposure().defaultActionDeny(),
        "has network ACL default action Allow");
  }
}
