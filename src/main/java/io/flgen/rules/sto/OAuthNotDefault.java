package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-STO-012",
    name = "storage-default-to-entra-id",
    category = Category.STO,
    title = "Entra ID is not the default authorisation of a storage account",
    crawl = Level.LOW,
    walk = Level.LOW,
    run = Level.LOW,
    rationale =
        "With defaultToOAuthAuthentication off, the Azure portal and some tools try account keys first when "
            + "people browse silo data or model updates. With shared keys off that fails confusingly, which invites "
            + "turning keys back on; with Entra ID as default every access uses an identity and its data-plane role.",
    fix = "Keep defaultToOAuthAuthentication true (flgen's default).",
    references = {"No PSRule, Checkov or Azure Policy equivalent"})
public final class OAuthNotDefault extends Setting<StoragePlan> {
  public OAuthNotDefault() {
    super(
        Kind.NEW_STORAGE,
        s -> !s.settings().defaultToOAuthAuthentication(),
        "does not default to Entra ID authorisation (defaultToOAuthAuthentication: false)");
  }
}
