package io.flgen.rules.kv;

import io.flgen.plan.KeyVaultPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-KV-001",
    name = "keyvault-rbac-authorization",
    category = Category.KV,
    title = "A Key Vault uses access policies instead of Azure RBAC",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "Access policies are vault-wide and managed outside Azure RBAC: anyone with Contributor on the "
            + "vault can grant themselves the keys that encrypt model updates, and the grants do not show up in the "
            + "access matrix a security team reviews. With RBAC, each party's identity gets a scoped data-plane role.",
    fix =
        "Keep enableRbacAuthorization true (flgen's default for the workspace and confidentiality vaults) and "
            + "grant Key Vault data roles to identities instead of access policies.",
    references = {
      "PSRule: Azure.KeyVault.RBAC",
      "Azure Policy: Azure Key Vault should use RBAC permission model (12d4fa5e-1f9f-4c21-97a9-b99b3c6611b5)"
    })
public final class AccessPolicies extends Setting<KeyVaultPlan> {
  public AccessPolicies() {
    super(
        Kind.KEY_VAULT,
        k -> !k.rbacAuthorization(),
        "uses access policies (enableRbacAuthorization: false)");
  }
}
