package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-STO-007",
    name = "storage-cross-tenant-replication-off",
    category = Category.STO,
    title = "A storage account allows cross-tenant object replication",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "Object replication copies every new blob to a destination account. With cross-tenant replication "
            + "allowed, anyone with write access to the account's policies can copy a silo's data or the model updates "
            + "into an account in another Entra tenant, out of the silo's control and audit. FL keeps data where it "
            + "is; cross-tenant silos use their own storage.",
    fix =
        "Keep allowCrossTenantReplication false (flgen's default); connect a partner tenant as a cross-tenant "
            + "silo instead of replicating data to it.",
    references = {
      "Azure Policy: Storage accounts should prevent cross tenant object replication (92a89a79-6c52-4a7e-a03f-61306fc49312)"
    })
public final class CrossTenantReplication extends Setting<StoragePlan> {
  public CrossTenantReplication() {
    super(
        Kind.NEW_STORAGE,
        s -> s.settings().allowCrossTenantReplication(),
        "allows cross-tenant object replication (allowCrossTenantReplication: true)");
  }
}
