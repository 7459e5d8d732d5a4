package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-STO-010",
    name = "storage-https-only",
    category = Category.STO,
    title = "A storage account accepts unencrypted HTTP",
    crawl = Level.HIGH,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "Over plain HTTP, silo data, model updates and the Entra ID bearer tokens that authorise them cross "
            + "the network in clear text, where anyone on the path can read or alter them; an altered model update "
            + "poisons the global model.",
    fix =
        "Keep supportsHttpsTrafficOnly true (flgen's default); do not turn it off in a hand-edited deployment.",
    references = {
      "PSRule: Azure.Storage.SecureTransfer",
      "Checkov: CKV_AZURE_3",
      "Azure Policy: Secure transfer to storage accounts should be enabled (404c3081-a854-4457-ae30-26a93ef643f9)"
    })
public final class HttpsOnlyOff extends Setting<StoragePlan> {
  public HttpsOnlyOff() {
    super(
        Kind.NEW_STORAGE,
        s -> !s.settings().httpsOnly(),
        "accepts HTTP (supportsHttpsTrafficOnly: false)");
  }
}
