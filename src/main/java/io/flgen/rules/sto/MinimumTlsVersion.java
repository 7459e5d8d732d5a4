package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;
import java.util.Set;

/** Anything other than TLS1_2 or TLS1_3 (TLS1_0, TLS1_1, or unset) is below 1.2. */
@RuleId("FLG-STO-003")
public final class MinimumTlsVersion extends Setting<StoragePlan> {
  private static final Set<String> OK = Set.of("TLS1_2", "TLS1_3");

  public MinimumTlsVersion() {
    super(
        Kind.NEW_STORAGE,
        s -> !OK.contains(s.settings().minimumTlsVersion()),
        s -> "accepts TLS below 1.2 (minimumTlsVersion: " + s.settings().minimumTlsVersion() + ")");
  }
}
