package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-STO-004")
public final class BlobPublicAccess extends Setting<StoragePlan> {
  public BlobPublicAccess() {
    super(
        Kind.NEW_STORAGE,
        s -> s.settings().allowBlobPublicAccess(),
        "allows anonymous public blob access (allowBlobPublicAccess: true)");
  }
}
