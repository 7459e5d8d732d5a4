package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-STO-002")
public final class SharedKeyAccess extends Setting<StoragePlan> {
  public SharedKeyAccess() {
    super(
        Kind.NEW_STORAGE,
        s -> s.settings().allowSharedKeyAccess(),
        "allows shared key access (allowSharedKeyAccess: true)");
  }
}
