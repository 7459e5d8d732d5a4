package io.flgen.rules.iso;

import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * A grant whose principal lives in one tenant and whose target scope is in another. Tenants are the
 * plan's tenant keys ({@code home} or a tenant id); grants to identities not in the plan are not
 * judged here.
 */
@RuleInfo(
    id = "FLG-ISO-007",
    name = "no-cross-tenant-role-assignment",
    category = Category.ISO,
    title = "A role assignment gives an identity of one tenant a role in another tenant",
    crawl = Level.CRITICAL,
    walk = Level.CRITICAL,
    run = Level.CRITICAL,
    rationale =
        "A tenant is the trust boundary between organisations: a cross-tenant silo exists so that its data "
            + "and identities stay under the partner's control. A managed identity cannot be assigned roles outside its "
            + "own tenant, so a cross-tenant assignment either fails at deployment or means a foreign principal (a guest "
            + "or delegated identity) silently reaches data across the boundary, outside both tenants' access reviews.",
    fix =
        "Declare the partner as a silo of kind cross-tenant: flgen renders a separate bundle its admin deploys, with "
            + "the partner's own identity and role assignments inside the partner tenant. Exchange model updates through "
            + "an explicitly reviewed mechanism, never through a role on the other tenant's storage.",
    references = RuleInfo.FL_SPECIFIC)
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
