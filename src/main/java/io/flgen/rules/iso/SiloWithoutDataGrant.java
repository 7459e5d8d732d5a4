package io.flgen.rules.iso;

import io.flgen.plan.IdentityPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.StorageRole;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

@RuleId("FLG-ISO-012")
public final class SiloWithoutDataGrant implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    // indexed once: per storage account, scanning every grant, identity and app was quadratic in
    // the silo count
    Map<String, List<String>> principalsByTarget = new HashMap<>();
    for (RoleGrant g : plan.grants()) {
      principalsByTarget.computeIfAbsent(g.target(), k -> new ArrayList<>()).add(g.principal());
    }
    Map<String, Set<String>> identityOwners = new HashMap<>();
    for (IdentityPlan i : plan.identities()) {
      identityOwners.computeIfAbsent(i.name(), k -> new HashSet<>()).add(i.owner().key());
    }
    Set<String> apps = new HashSet<>();
    plan.federations().forEach(f -> apps.add(f.appName()));
    return plan.storages().stream()
        .filter(s -> s.owner().silo() && s.role() == StorageRole.SILO)
        .filter(
            s ->
                principalsByTarget.getOrDefault(s.name(), List.of()).stream()
                    .noneMatch(
                        principal ->
                            identityOwners
                                    .getOrDefault(principal, Set.of())
                                    .contains(s.owner().key())
                                || apps.contains(principal)))
        .map(
            s ->
                finding(
                    s.name(),
                    s.origin(),
                    "silo "
                        + s.owner().key()
                        + " has no data-plane role on its storage "
                        + s.name()
                        + (s.existing() ? " (an existing account)" : "")));
  }
}
