package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-STO-009")
public final class SoftDeleteOff extends Setting<StoragePlan> {
  public SoftDeleteOff() {
    super(
        Kind.NEW_STORAGE,
        s -> s.softDeleteDays() == 0,
        "has blob and container soft delete off (softDeleteDays: 0)");
  }
}
