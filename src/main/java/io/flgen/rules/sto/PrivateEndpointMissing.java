package io.flgen.rules.sto;

import io.flgen.azure.PrivateLinkService;
import io.flgen.plan.Plan;
import io.flgen.plan.PrivateEndpointPlan;
import io.flgen.plan.StoragePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.List;
import java.util.stream.Stream;

/**
 * An account with public network access disabled is reachable only through a blob private endpoint
 * whose zone group registers it in a private DNS zone. Applies to existing accounts too.
 */
@RuleInfo(
    id = "FLG-STO-006",
    name = "storage-private-endpoint-and-dns",
    category = Category.STO,
    title = "A private storage account lacks a blob private endpoint or its DNS zone group",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "With public network access disabled, silo computes and aggregation steps can reach the account "
            + "only through a blob private endpoint, and only if its zone group registers the endpoint in the "
            + "privatelink blob zone. Without either the FL job fails at its first mount, and the usual workaround, "
            + "turning public access back on, undoes the isolation.",
    fix =
        "Keep the party in vnet or private mode so flgen plans the blob private endpoint in the party's VNet, "
            + "with its DNS zone group; when you use existing DNS zones, list the blob zone under network.dnsZones.",
    references = {
      "Checkov: CKV2_AZURE_33",
      "Azure Policy: Storage accounts should use private link (6edd7eda-6dd8-40f7-810d-67160c639cd9)",
      "Azure Policy: Configure a private DNS Zone ID for blob groupID (75973700-529f-4de2-b794-fb9b6781b6b0)"
    })
public final class PrivateEndpointMissing implements Rule {
  private static final String BLOB = PrivateLinkService.BLOB.groupId();

  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.storages().stream()
        .filter(s -> !s.exposure().publicNetworkAccess())
        .flatMap(s -> check(plan, s));
  }

  private Stream<Finding> check(Plan plan, StoragePlan s) {
    List<PrivateEndpointPlan> blob =
        plan.privateEndpoints().stream()
            .filter(
                e ->
                    "storage".equals(e.targetKind())
                        && e.target().equals(s.name())
                        && BLOB.equals(e.groupId()))
            .toList();
    if (blob.isEmpty()) {
      return Stream.of(
          finding(
              s.name(),
              s.origin(),
              s.name() + " has public network access disabled but no blob private endpoint"));
    }
    return blob.stream()
        .filter(e -> e.zones().isEmpty())
        .map(
            e ->
                finding(
                    s.name(),
                    s.origin(),
                    "private endpoint "
                        + e.name()
                        + " of "
                        + s.name()
                        + " has no DNS zone group, so the blob endpoint does not resolve to it"));
  }
}
