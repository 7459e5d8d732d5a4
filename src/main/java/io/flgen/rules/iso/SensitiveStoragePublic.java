package io.flgen.rules.iso;

import io.flgen.plan.Plan;
import io.flgen.plan.StorageRole;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-ISO-005",
    name = "sensitive-silo-storage-not-public",
    category = Category.ISO,
    title = "A sensitive silo's storage accepts traffic from public networks",
    crawl = Level.OFF,
    walk = Level.MEDIUM,
    run = Level.CRITICAL,
    rationale =
        "Sensitive data should be reachable only from the silo's own network (eyes-off). With public network "
            + "access on, anyone on the internet who obtains a token with a data role (a leaked credential, a "
            + "mis-scoped guest) can read it from anywhere, and exfiltration is not limited by the network path.",
    fix =
        "Set the silo's network.mode to vnet (private at run stage) or private: flgen then disables public network "
            + "access, sets the network ACL default to Deny and adds a private endpoint in the silo VNet. For an existing "
            + "account, disable its public network access yourself.",
    references = {
      "PSRule: Azure.Storage.Firewall",
      "Checkov: CKV_AZURE_59",
      "Azure Policy: Storage accounts should disable public network access (b2982f36-99f2-4db5-8eff-283140c09693)"
    })
public final class SensitiveStoragePublic implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.storages().stream()
        .filter(
            s ->
                s.role() == StorageRole.SILO
                    && s.exposure().publicNetworkAccess()
                    && Silos.sensitive(plan, s.owner()))
        .map(
            s ->
                finding(
                    s.name(),
                    s.origin(),
                    s.name()
                        + " holds sensitive data of silo "
                        + s.owner().key()
                        + " and accepts public network traffic (publicNetworkAccess: Enabled"
                        + (s.exposure().privateEndpoint() ? "" : ", no private endpoint")
                        + ")"));
  }
}
