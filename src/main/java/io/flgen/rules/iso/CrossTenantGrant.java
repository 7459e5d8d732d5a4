package io.flgen.rules.iso;

import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.stream.Stream;

/**
 * A grant whose principal lives in one tenant and whose target scope is in another. Tenants are the
 * plan's tenant keys ({@code home} or a tenant id); grants to identities not in the plan are not
 * judged here.
 */
@RuleId("FLG-ISO-007")
public final class CrossTenantGrant implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.grants().stream()
        .filter(
            g ->
                plan.identityOf(g.principalOwner(), g.principal())
                    .filter(id -> !id.scope().tenant().equals(g.scope().tenant()))
                    .isPresent())
        .map(
            g -> {
              IdentityPlan id = plan.identityOf(g.principalOwner(), g.principal()).orElseThrow();
              return finding(
                  g.targetPath(),
                  id.origin(),
                  g.principal()
                      + " (tenant "
                      + id.scope().tenant()
                      + ") has "
                      + g.roleName()
                      + " on "
                      + g.targetPath()
                      + " in tenant "
                      + g.scope().tenant());
            });
  }
}
