package io.flgen.rules.hyg;

import io.flgen.plan.Plan;
import io.flgen.plan.RoleGrant;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
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
@RuleId("FLG-HYG-003")
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
