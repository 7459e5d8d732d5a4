package io.flgen.rules.aml;

import io.flgen.plan.Plan;
import io.flgen.plan.StoragePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-AML-007",
    name = "existing-storage-endpoint-approval",
    category = Category.AML,
    title = "A private endpoint into an existing account assumes an approval right nobody declared",
    crawl = Level.CRITICAL,
    walk = Level.CRITICAL,
    run = Level.CRITICAL,
    waivable = false,
    rationale =
        "A private endpoint connection is approved on creation only when its creator holds the approval action on "
            + "the target; otherwise it stays Pending and carries no traffic. For an account flgen does not own, the right is "
            + "the account owner's unless the topology says the deployer holds it.",
    fix =
        "Leave storage.existing.endpointApproval at owner (flgen requests the connection and renders a script the owner "
            + "runs to approve exactly it), or set deployer when the deployer holds privateEndpointConnectionsApproval/action.",
    sources = {
      AmlRules.PRIVATE_LINK
          + " | Manually request: Use this method when you don't have the required permissions and want "
          + "to request access. An approval workflow will be initiated.",
      AmlRules.PRIVATE_LINK
          + " | Only private endpoints in an Approved state can send traffic to a specified private-link "
          + "resource."
    })
public final class ExistingStorageApproval implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.privateEndpoints().stream()
        .filter(e -> !e.manualApproval())
        .filter(
            e ->
                plan.storages().stream()
                    .anyMatch(
                        s ->
                            s.name().equals(e.target())
                                && s.existing()
                                && !deployerApproves(plan, s)))
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

  private static boolean deployerApproves(Plan plan, StoragePlan s) {
    return plan.silos().stream()
        .anyMatch(x -> x.deployerApprovedAccount().filter(s.name()::equals).isPresent());
  }
}
