package io.flgen.rules.kv;

import io.flgen.plan.KeyVaultPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

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
public final class SoftDeleteRetention extends Setting<KeyVaultPlan> {
  static final int MIN_DAYS = 90;

  public SoftDeleteRetention() {
    super(
        Kind.KEY_VAULT,
        k -> k.softDeleteDays() < MIN_DAYS,
        k ->
            "keeps deleted items "
                + k.softDeleteDays()
                + " days (softDeleteRetentionInDays: "
                + k.softDeleteDays()
                + ", want "
                + MIN_DAYS
                + ")");
  }
}
