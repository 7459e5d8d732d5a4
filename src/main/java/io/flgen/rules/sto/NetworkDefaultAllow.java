package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

/** Applies to existing accounts too: it reads the exposure the deployment relies on. */
@RuleInfo(
    id = "FLG-STO-008",
    name = "storage-network-default-deny",
    category = Category.STO,
    title = "A storage account's network ACL default action is Allow",
    crawl = Level.OFF,
    walk = Level.OFF,
    run = Level.MEDIUM,
    rationale =
        "With default action Allow, the storage firewall admits traffic from every network, so RBAC is the "
            + "only barrier between the internet and silo data or model updates. In a run setup on sensitive data, "
            + "the account should admit only its private endpoints and explicitly allowed networks.",
    fix =
        "Use network mode vnet or private for the party that owns the account; at run stage flgen then sets "
            + "the default action to Deny and adds a private endpoint.",
    references = {
      "PSRule: Azure.Storage.Firewall",
      "Checkov: CKV_AZURE_35",
      "Azure Policy: Storage accounts should restrict network access (34c877ad-507e-4c82-993e-3452a6e0ad3c)"
    })
public final class NetworkDefaultAllow extends Setting<StoragePlan> {
  public NetworkDefaultAllow() {
    super(
        Kind.STORAGE,
        s -> !s.exposure().defaultActionDeny(),
        "has network ACL default action Allow");
  }
}
