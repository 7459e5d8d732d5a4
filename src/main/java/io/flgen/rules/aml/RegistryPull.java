package io.flgen.rules.aml;

import io.flgen.plan.AzureName;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

@RuleId("FLG-AML-004")
public final class RegistryPull implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    String reg = plan.registry().name();
    if (reg.isEmpty()) {
      // a reviewed deployment without a registry (a hand-written entry that deploys none): there
      // is no registry to pull from or build in, so nothing here applies
      return Stream.empty();
    }
    Map<String, String> identities = new LinkedHashMap<>();
    plan.computes().forEach(c -> identities.putIfAbsent(c.identity(), c.origin()));
    plan.kubernetes().forEach(k -> identities.putIfAbsent(k.identity(), k.origin()));
    List<Finding> out = new ArrayList<>();
    identities.forEach(
        (id, origin) -> {
          // a compute without an identity is FLG-CMP-007's finding, not a missing grant
          if (!id.isEmpty() && !has(plan, id, reg, "AcrPull") && !has(plan, id, reg, "AcrPush")) {
            out.add(
                finding(
                    id,
                    origin,
                    "compute identity "
                        + id
                        + " has no AcrPull on registry "
                        + reg
                        + ": its jobs cannot pull their environment image"));
          }
        });
    var ws = plan.workspace();
    if (!ws.name().isEmpty()
        && !plan.registry().publicNetworkAccess()
        && ws.imageBuildCompute().isEmpty()) {
      out.add(
          finding(
              ws.name(),
              ws.origin(),
              "registry "
                  + reg
                  + " is private, so ACR Tasks cannot build images, and "
                  + "workspace "
                  + ws.name()
                  + " has no image-build compute"));
    }
    imageBuildPush(plan, reg, out);
    return out.stream();
  }

  /**
   * The image-build compute, when the workspace names one, must be able to push to the registry.
   */
  private void imageBuildPush(Plan plan, String reg, List<Finding> out) {
    var ws = plan.workspace();
    if (!ws.imageBuildCompute().isEmpty()) {
      plan.computes().stream()
          .filter(c -> c.name().equals(ws.imageBuildCompute()))
          .findFirst()
          .ifPresent(
              c -> {
                if (!has(plan, c.identity(), reg, "AcrPush")) {
                  out.add(
                      finding(
                          c.identity(),
                          c.origin(),
                          "image-build compute "
                              + c.name()
                              + (c.identity().isBlank()
                                  ? " has no user-assigned identity, so it cannot push to"
                                      + " registry "
                                  : " runs as " + c.identity() + ", which cannot push to registry ")
                              + reg));
                }
              });
    }
  }

  private static boolean has(Plan plan, String principal, String registry, String role) {
    return plan.serviceGrants().stream()
        .anyMatch(
            g ->
                AzureName.same(g.principal(), principal)
                    && g.targetKind().equals("registry")
                    && AzureName.same(g.target(), registry)
                    && g.roleName().equals(role));
  }
}
