package io.flgen.rules.kv;

import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-KV-005",
    name = "keyvault-soft-delete-90-days",
    category = Category.KV,
    title = "A Key Vault keeps deleted items for fewer than 90 days",
    crawl = Level.LOW,
    walk = Level.LOW,
    run = Level.LOW,
    rationale =
        "Soft-delete retention is how long a deleted vault, key or secret can still be recovered. A short "
            + "window means a deletion noticed late, for example between two training campaigns, loses the keys that "
            + "encrypt stored model updates for good. 90 days is the Azure default and maximum.",
    fix = "Remove orchestrator.keyVault.softDeleteDays or set it to 90.",
    references = {"No general-purpose equivalent found"})
public final class SoftDeleteRetention implements Rule {
  static final int MIN_DAYS = 90;

  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.keyVaults().stream()
        .filter(k -> k.softDeleteDays() < MIN_DAYS)
        .map(
            k ->
                finding(
                    k.name(),
                    k.origin(),
                    k.name()
                        + " ("
                        + k.purpose()
                        + " vault) keeps deleted items "
                        + k.softDeleteDays()
                        + " days (softDeleteRetentionInDays: "
                        + k.softDeleteDays()
                        + ", want "
                        + MIN_DAYS
                        + ")"));
  }
}
