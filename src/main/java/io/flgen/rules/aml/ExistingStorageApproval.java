package io.flgen.rules.aml;

import io.flgen.plan.Plan;
import io.flgen.plan.StoragePlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.stream.Stream;

@RuleId("FLG-AML-007")
public final class ExistingStorageApproval implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.privateEndpoints().stream()
        .filter(e -> !e.manualApproval() && unapprovedExisting(plan, e.target()))
        .map(
            e ->
                finding(
                    e.name(),
                    e.owner().path(),
                    "private endpoint "
                        + e.name()
                        + " into existing account "
                        + e.target()
                        + " expects automatic approval, but the topology does not say the deployer may approve it"));
  }

  /**
   * Whether {@code account} is an existing account the topology does not let the deployer approve.
   */
  private static boolean unapprovedExisting(Plan plan, String account) {
    return plan.storages().stream()
        .anyMatch(s -> s.name().equals(account) && s.existing() && !deployerApproves(plan, s));
  }

  private static boolean deployerApproves(Plan plan, StoragePlan s) {
    return plan.silos().stream()
        .anyMatch(x -> x.deployerApprovedAccount().filter(s.name()::equals).isPresent());
  }
}
