package io.flgen.rules.kv;

import io.flgen.plan.KeyVaultPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-KV-002",
    name = "keyvault-purge-protection",
    category = Category.KV,
    title = "A Key Vault has no purge protection",
    crawl =
        Level.OFF, // a crawl sandbox must be deletable and its names reusable: purge protection is
    // on from walk
    walk = Level.MEDIUM,
    run = Level.HIGH,
    rationale =
        "Without purge protection a deleted vault or key can be purged at once, by mistake or by an "
            + "attacker, and model updates encrypted with it can never be decrypted again; the workspace loses its "
            + "secrets. Purge protection keeps deleted items recoverable for the whole retention period.",
    fix = "Keep enablePurgeProtection true (flgen's default for every vault it creates).",
    references = {
      "PSRule: Azure.KeyVault.PurgeProtect",
      "Checkov: CKV_AZURE_110",
      "Azure Policy: Key vaults should have deletion protection enabled (0b60c0b2-2dc2-4e1c-b5c9-abbed971de53)"
    })
public final class PurgeProtection extends Setting<KeyVaultPlan> {
  public PurgeProtection() {
    super(
        Kind.KEY_VAULT,
        k -> !k.purgeProtection(),
        "has no purge protection (enablePurgeProtection: false)");
  }
}
