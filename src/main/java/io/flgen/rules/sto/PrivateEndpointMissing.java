package io.flgen.rules.sto;

import io.flgen.azure.PrivateLinkService;
import io.flgen.plan.Plan;
import io.flgen.plan.PrivateEndpointPlan;
import io.flgen.plan.StoragePlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.List;
import java.util.stream.Stream;

/**
 * An account with public network access disabled is reachable only through a blob private endpoint
 * whose zone group registers it in a private DNS zone. Applies to existing accounts too.
 */
@RuleId("FLG-STO-006")
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
