package io.flgen.rules.iso;

import io.flgen.plan.Plan;
import io.flgen.plan.StorageRole;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-ISO-012",
    name = "silo-has-data-grant",
    category = Category.ISO,
    title = "A silo has no data role on its own storage",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "A silo's jobs read their training data with the silo's own identity (or, across tenants, its "
            + "federated app). Without a data-plane role on the silo's storage the jobs fail, and the usual workaround "
            + "is to fall back to account keys or a broad role. The reference sample emits no role assignment at all "
            + "for silos on an existing storage account.",
    fix =
        "Let flgen plan the grant: Storage Blob Data Contributor for the silo identity (or its federated app for "
            + "a cross-tenant silo) on the silo's storage. For an existing account, deploy the generated assignment "
            + "module in that account's resource group.",
    references = RuleInfo.FL_SPECIFIC)
public final class SiloWithoutDataGrant implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    // indexed once: per storage account, scanning every grant, identity and app was quadratic in
    // the silo count
    Map<String, List<String>> principalsByTarget = new HashMap<>();
    plan.grants()
        .forEach(
            g ->
                principalsByTarget
                    .computeIfAbsent(g.target(), k -> new ArrayList<>())
                    .add(g.principal()));
    Map<String, Set<String>> identityOwners = new HashMap<>();
    plan.identities()
        .forEach(
            i ->
                identityOwners
                    .computeIfAbsent(i.name(), k -> new HashSet<>())
                    .add(i.owner().key()));
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
