package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-STO-009",
    name = "storage-soft-delete-on",
    category = Category.STO,
    title = "Blob and container soft delete is off on a storage account",
    crawl = Level.LOW,
    walk = Level.LOW,
    run = Level.MEDIUM,
    rationale =
        "Without soft delete, a mistaken cleanup script, a compromised silo identity with Storage Blob Data "
            + "Contributor, or a misconfigured pipeline output can destroy training data, model updates or the global "
            + "model for good. Soft delete keeps deleted blobs and containers recoverable for the retention period.",
    fix =
        "Set softDeleteDays to 7 or more on the account (storage.softDeleteDays for the orchestrator, "
            + "storage.new.softDeleteDays for a silo), or drop the 0 to use flgen's default of 7 days.",
    references = {"PSRule: Azure.Storage.SoftDelete", "Checkov: CKV2_AZURE_38"})
public final class SoftDeleteOff extends Setting<StoragePlan> {
  public SoftDeleteOff() {
    super(
        Kind.NEW_STORAGE,
        s -> s.softDeleteDays() == 0,
        "has blob and container soft delete off (softDeleteDays: 0)");
  }
}
