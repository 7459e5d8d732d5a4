package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-STO-004",
    name = "storage-blob-public-access-off",
    category = Category.STO,
    title = "A storage account allows anonymous public access to blobs",
    crawl = Level.HIGH,
    walk = Level.HIGH,
    run = Level.CRITICAL,
    rationale =
        "With allowBlobPublicAccess on, a single container set to anonymous access publishes a silo's "
            + "training data or the model updates to anyone who knows the URL, with no identity and no audit. Model "
            + "updates can leak training records through inversion and membership inference attacks, so they are as "
            + "sensitive as the data.",
    fix =
        "Keep allowBlobPublicAccess false (flgen's default); share data with other parties only through "
            + "identities and data-plane roles.",
    references = {
      "PSRule: Azure.Storage.BlobPublicAccess",
      "Checkov: CKV_AZURE_190",
      "Checkov: CKV2_AZURE_47",
      "Azure Policy: Storage account public access should be disallowed (4fa4b6c0-31ca-4c0d-b10d-24b96f62a751)"
    })
public final class BlobPublicAccess extends Setting<StoragePlan> {
  public BlobPublicAccess() {
    super(
        Kind.NEW_STORAGE,
        s -> s.settings().allowBlobPublicAccess(),
        "allows anonymous public blob access (allowBlobPublicAccess: true)");
  }
}
