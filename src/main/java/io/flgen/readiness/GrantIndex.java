package io.flgen.readiness;

import io.flgen.plan.AzureName;
import io.flgen.plan.RoleGrant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Role grants by target, then principal, keyed as Azure compares names (case-insensitively): the
 * workspace storage and the registry have a grant per silo, so a scan per check was quadratic.
 */
final class GrantIndex {
  private final List<RoleGrant> grants;
  private final Map<String, Map<String, List<Integer>>> positions = new HashMap<>();

  GrantIndex(List<RoleGrant> grants) {
    this.grants = grants;
    for (int i = 0; i < grants.size(); i++) {
      RoleGrant g = grants.get(i);
      positions
          .computeIfAbsent(AzureName.key(g.target()), k -> new HashMap<>())
          .computeIfAbsent(AzureName.key(g.principal()), k -> new ArrayList<>())
          .add(i);
    }
  }

  /** The first grant in plan order to one of the principals on the target that passes the test. */
  Optional<RoleGrant> first(Set<String> principals, String target, Predicate<RoleGrant> test) {
    Map<String, List<Integer>> byPrincipal =
        positions.getOrDefault(AzureName.key(target), Map.of());
    int best = Integer.MAX_VALUE;
    for (String principal : principals) {
      for (int i : byPrincipal.getOrDefault(AzureName.key(principal), List.of())) {
        if (i < best && test.test(grants.get(i))) {
          best = i;
          break;
        }
      }
    }
    return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(grants.get(best));
  }
}
