package io.flgen.rules.kv;

import io.flgen.plan.KeyVaultPlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-KV-002")
public final class PurgeProtection extends Setting<KeyVaultPlan> {
  public PurgeProtection() {
    super(
        Kind.KEY_VAULT,
        k -> !k.purgeProtection(),
        "has no purge protection (enablePurgeProtection: false)");
  }
}
