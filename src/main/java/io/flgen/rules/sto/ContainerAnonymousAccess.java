package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-STO-011",
    name = "storage-container-private",
    category = Category.STO,
    title = "Storage containers allow anonymous access",
    crawl = Level.HIGH,
    walk = Level.HIGH,
    run = Level.CRITICAL,
    rationale =
        "A container with publicAccess Blob or Container serves its blobs, and with Container also its "
            + "listing, to anyone on the internet without authentication. For a silo data container or an updates "
            + "container that publishes the data or the model updates, which can leak training records.",
    fix =
        "Keep every container's publicAccess None (flgen's default), and allowBlobPublicAccess false so no "
            + "container can be made public later.",
    references = {"PSRule: Azure.Storage.BlobAccessType", "Checkov: CKV_AZURE_34"})
public final class ContainerAnonymousAccess extends Setting<StoragePlan> {
  public ContainerAnonymousAccess() {
    super(
        Kind.NEW_STORAGE,
        s -> !"None".equals(s.settings().containerPublicAccess()),
        ContainerAnonymousAccess::message);
  }

  private static String message(StoragePlan s) {
    String which =
        s.containers().isEmpty()
            ? "its containers"
            : "containers " + String.join(", ", s.containers());
    return "gives "
        + which
        + " anonymous access (publicAccess: "
        + s.settings().containerPublicAccess()
        + ")";
  }
}
