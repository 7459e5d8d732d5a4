package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-STO-007")
public final class CrossTenantReplication extends Setting<StoragePlan> {
  public CrossTenantReplication() {
    super(
        Kind.NEW_STORAGE,
        s -> s.settings().allowCrossTenantReplication(),
        "allows cross-tenant object replication (allowCrossTenantReplication: true)");
  }
}
