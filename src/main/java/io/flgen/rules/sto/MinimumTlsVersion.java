package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;
import java.util.Set;

/** Anything other than TLS1_2 or TLS1_3 (TLS1_0, TLS1_1, or unset) is below 1.2. */
@RuleInfo(
    id = "FLG-STO-003",
    name = "storage-min-tls-1-2",
    category = Category.STO,
    title = "A storage account accepts TLS versions below 1.2",
    crawl = Level.HIGH,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "Silo data, model updates and the global model travel to and from storage over HTTPS. TLS 1.0 and "
            + "1.1 have known weaknesses and are deprecated; a client that negotiates them exposes the bearer tokens "
            + "and the data in transit. Azure retires TLS 1.0/1.1 for storage, so accepting them only helps old clients.",
    fix =
        "Keep minimumTlsVersion TLS1_2 (flgen's default); do not lower it in a hand-edited deployment.",
    references = {
      "PSRule: Azure.Storage.MinTLS",
      "Checkov: CKV_AZURE_44",
      "Azure Policy: Storage accounts should have the specified minimum TLS version (fe83a0eb-a853-422d-aac2-1bffd182c5d0)"
    })
public final class MinimumTlsVersion extends Setting<StoragePlan> {
  private static final Set<String> OK = Set.of("TLS1_2", "TLS1_3");

  public MinimumTlsVersion() {
    super(
        Kind.NEW_STORAGE,
        s -> !OK.contains(s.settings().minimumTlsVersion()),
        s -> "accepts TLS below 1.2 (minimumTlsVersion: " + s.settings().minimumTlsVersion() + ")");
  }
}
