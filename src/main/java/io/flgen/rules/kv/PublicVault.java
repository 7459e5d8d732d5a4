package io.flgen.rules.kv;

import io.flgen.plan.KeyVaultPlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-KV-003")
public final class PublicVault extends Setting<KeyVaultPlan> {
  public PublicVault() {
    super(
        Kind.KEY_VAULT,
        KeyVaultPlan::publicNetworkAccess,
        "accepts public network access (publicNetworkAccess: Enabled)");
  }
}
