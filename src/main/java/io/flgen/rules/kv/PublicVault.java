package io.flgen.rules.kv;

import io.flgen.plan.KeyVaultPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-KV-003",
    name = "keyvault-no-public-access",
    category = Category.KV,
    title = "A Key Vault accepts public network access",
    crawl = Level.OFF,
    walk = Level.LOW,
    run = Level.HIGH,
    rationale =
        "A public vault can be reached from any network by anyone holding a token, so a leaked credential "
            + "is enough to read the workspace's secrets or the keys that encrypt model updates. The reference sample "
            + "leaves its confidentiality vault public. In an eyes-off setup the vaults should answer only on private "
            + "endpoints in the orchestrator VNet.",
    fix =
        "Set orchestrator.network.mode to vnet or private: the confidentiality vault then answers only on a "
            + "private endpoint, and so does the workspace vault in private mode (and, in vnet mode, at run stage).",
    references = {
      "PSRule: Azure.KeyVault.Firewall",
      "Checkov: CKV_AZURE_189",
      "Azure Policy: Azure Key Vault should disable public network access (405c5871-3e91-4644-8a63-58e19d68ff5b)"
    })
public final class PublicVault extends Setting<KeyVaultPlan> {
  public PublicVault() {
    super(
        Kind.KEY_VAULT,
        KeyVaultPlan::publicNetworkAccess,
        "accepts public network access (publicNetworkAccess: Enabled)");
  }
}
