package io.flgen.rules.sto;

import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

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
public final class SoftDeleteOff implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.storages().stream()
        .filter(s -> !s.existing() && s.softDeleteDays() == 0)
        .map(
            s ->
                finding(
                    s.name(),
                    s.origin(),
                    s.name() + " has blob and container soft delete off (softDeleteDays: 0)"));
  }
}
