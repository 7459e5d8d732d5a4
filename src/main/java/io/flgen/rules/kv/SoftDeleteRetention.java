package io.flgen.rules.kv;

import io.flgen.plan.KeyVaultPlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-KV-005")
public final class SoftDeleteRetention extends Setting<KeyVaultPlan> {
  static final int MIN_DAYS = 90;

  public SoftDeleteRetention() {
    super(
        Kind.KEY_VAULT,
        k -> k.softDeleteDays() < MIN_DAYS,
        k ->
            "keeps deleted items "
                + k.softDeleteDays()
                + " days (softDeleteRetentionInDays: "
                + k.softDeleteDays()
                + ", want "
                + MIN_DAYS
                + ")");
  }
}
