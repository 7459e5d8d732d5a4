package io.flgen.rules.acr;

import io.flgen.plan.RegistryPlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-ACR-001")
public final class AdminUser extends Setting<RegistryPlan> {
  public AdminUser() {
    super(
        Kind.REGISTRY,
        RegistryPlan::adminUserEnabled,
        "has the admin user enabled (adminUserEnabled: true)");
  }
}
