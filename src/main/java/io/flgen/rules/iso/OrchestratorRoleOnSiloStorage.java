package io.flgen.rules.iso;

import io.flgen.plan.AzureName;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.ResourceRef;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.StoragePlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Lookup;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@RuleId("FLG-ISO-001")
public final class OrchestratorRoleOnSiloStorage implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    Map<String, StoragePlan> byName = Lookup.byKey(plan.storages(), s -> AzureName.key(s.name()));
    Set<ResourceRef> orchestrator =
        plan.identities().stream()
            .filter(i -> !i.owner().silo())
            .map(IdentityPlan::id)
            .collect(Collectors.toSet());
    return plan.grants().stream()
        .filter(
            g ->
                !g.principalOwner().silo()
                    || plan.identityOf(g.principalOwner(), g.principal())
                        .filter(i -> orchestrator.contains(i.id()))
                        .isPresent())
        .filter(
            g ->
                byName.containsKey(AzureName.key(g.target()))
                    && byName.get(AzureName.key(g.target())).owner().silo())
        .map(
            g ->
                finding(
                    g.target(),
                    byName.get(AzureName.key(g.target())).origin(),
                    message(g, byName.get(AzureName.key(g.target())))));
  }

  private static String message(RoleGrant g, StoragePlan s) {
    return g.principal()
        + " (orchestrator) has "
        + g.roleName()
        + " on "
        + g.targetPath()
        + ", the storage of silo "
        + s.owner().key();
  }
}
