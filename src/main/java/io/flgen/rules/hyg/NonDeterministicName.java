package io.flgen.rules.hyg;

import io.flgen.plan.Plan;
import io.flgen.plan.RoleGrant;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A role assignment's name is {@code guid(scope, principalId, roleDefinitionId)}: its seed is the
 * grant's principal, role id, target and container, so those are checked like names.
 */
@RuleInfo(
    id = "FLG-HYG-003",
    name = "names-deterministic",
    category = Category.HYG,
    title = "A resource name or role-assignment seed is not deterministic",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "A name built from newGuid(), utcNow() or the deployment's own name changes on every deployment: each "
            + "redeploy creates a new storage account, identity or role assignment next to the old one, the old grants "
            + "stay behind, and the reviewed access matrix no longer matches Azure. An unresolved ${...} placeholder "
            + "means a template was never filled in.",
    fix =
        "Let flgen name resources (prefix, party name and a deterministic suffix) and seed role assignments with "
            + "guid(scope, principalId, roleDefinitionId); in hand-edited templates use uniqueString() of stable ids.",
    references = {"Bicep linter: use-stable-resource-identifiers"})
public final class NonDeterministicName implements Rule {
  /** Token found (lower case) -> why it is not deterministic. */
  private static final Map<String, String> TOKENS = new LinkedHashMap<>();

  static {
    TOKENS.put("newguid(", "newGuid() is new on every deployment");
    TOKENS.put("utcnow(", "utcNow() changes on every deployment");
    TOKENS.put("deployment()", "deployment() depends on how the deployment is started");
    TOKENS.put("${", "it holds an unresolved ${...} placeholder");
  }

  @Override
  public Stream<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    for (PlanNames.Named n : PlanNames.of(plan)) {
      String why = why(n.name());
      if (!why.isEmpty()) {
        out.add(
            finding(
                n.name(),
                n.origin(),
                n.label() + " '" + n.name() + "' is not deterministic: " + why));
      }
    }
    for (RoleGrant g : plan.grants()) {
      String why = why(String.join(" ", g.principal(), g.roleId(), g.target(), g.container()));
      if (!why.isEmpty()) {
        String origin = PlanNames.originOf(plan, g.target()).orElse(g.principalOwner().path());
        out.add(
            finding(
                g.targetPath(),
                origin,
                "role assignment of "
                    + g.roleName()
                    + " to "
                    + g.principal()
                    + " on "
                    + g.targetPath()
                    + " has a seed that is not deterministic: "
                    + why));
      }
    }
    return out.stream();
  }

  private static String why(String s) {
    String lower = s == null ? "" : s.toLowerCase(Locale.ROOT);
    List<String> reasons = new ArrayList<>();
    TOKENS.forEach(
        (token, reason) -> {
          if (lower.contains(token)) {
            reasons.add(reason);
          }
        });
    return String.join("; ", reasons);
  }
}
