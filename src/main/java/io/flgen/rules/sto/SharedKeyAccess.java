package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-STO-002",
    name = "storage-shared-key-off",
    category = Category.STO,
    title = "A storage account accepts shared keys",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "Account keys and SAS tokens signed with them bypass Entra ID and RBAC: anyone holding a key has full "
            + "data access, no audit names a person, and keys leak into notebooks and job logs. With shared keys off, "
            + "every access is an identity with a data-plane role.",
    fix =
        "Keep allowSharedKeyAccess false (flgen's default) and use identity-based datastores; the workspace uses "
            + "systemDatastoresAuthMode identity so it needs no keys either.",
    references = {
      "PSRule: Azure.Storage.LocalAuth",
      "Checkov: CKV2_AZURE_40",
      "Azure Policy: Storage accounts should prevent shared key access (8c6a50c6-9ffd-4ae7-986f-5fa6111f9a54)"
    })
public final class SharedKeyAccess extends Setting<StoragePlan> {
  public SharedKeyAccess() {
    super(
        Kind.NEW_STORAGE,
        s -> s.settings().allowSharedKeyAccess(),
        "allows shared key access (allowSharedKeyAccess: true)");
  }
}
