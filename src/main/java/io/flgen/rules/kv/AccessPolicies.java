package io.flgen.rules.kv;

import io.flgen.plan.KeyVaultPlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-KV-001")
public final class AccessPolicies extends Setting<KeyVaultPlan> {
  public AccessPolicies() {
    super(
        Kind.KEY_VAULT,
        k -> !k.rbacAuthorization(),
        "uses access policies (enableRbacAuthorization: false)");
  }
}
