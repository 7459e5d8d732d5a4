package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-STO-012")
public final class OAuthNotDefault extends Setting<StoragePlan> {
  public OAuthNotDefault() {
    super(
        Kind.NEW_STORAGE,
        s -> !s.settings().defaultToOAuthAuthentication(),
        "does not default to Entra ID authorisation (defaultToOAuthAuthentication: false)");
  }
}
