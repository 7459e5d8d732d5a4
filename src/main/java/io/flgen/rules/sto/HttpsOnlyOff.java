package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-STO-010")
public final class HttpsOnlyOff extends Setting<StoragePlan> {
  public HttpsOnlyOff() {
    super(
        Kind.NEW_STORAGE,
        s -> !s.settings().httpsOnly(),
        "accepts HTTP (supportsHttpsTrafficOnly: false)");
  }
}
