package io.flgen.rules.acr;

import io.flgen.plan.RegistryPlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-ACR-002")
public final class AnonymousPull extends Setting<RegistryPlan> {
  public AnonymousPull() {
    super(
        Kind.REGISTRY,
        RegistryPlan::anonymousPullEnabled,
        "allows anonymous pull (anonymousPullEnabled: true)");
  }
}
