package io.flgen.rules.aml;

import io.flgen.plan.AzureName;
import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-AML-004",
    name = "registry-pull-with-identity",
    category = Category.AML,
    title =
        "A compute identity cannot pull from the workspace registry, or nothing can build images",
    crawl = Level.CRITICAL,
    walk = Level.CRITICAL,
    run = Level.CRITICAL,
    waivable = false,
    rationale =
        "With the registry's admin user off, computes pull environment images with their own identity, which needs "
            + "AcrPull on the registry (Kubernetes computes included). A registry behind a private endpoint cannot build images "
            + "with ACR Tasks, so the workspace needs an image-build compute whose identity can push.",
    fix =
        "flgen grants AcrPull on the workspace registry to every compute identity, sets the image-build compute when the "
            + "registry is private, and grants its identity AcrPush.",
    sources = {
      AmlRules.IDENTITY
          + " | When you disable the admin user for ACR, Azure Machine Learning uses a managed identity to "
          + "build and pull Docker images.",
      "https://learn.microsoft.com/azure/machine-learning/how-to-attach-kubernetes-to-workspace | You can use Managed "
          + "Identity to pull images from Azure Container Registry. Grant the AcrPull role to the compute Managed Identity.",
      "https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link | If your workspace dependencies are "
          + "under network restrictions, use the image_build_compute property to specify a compute cluster to use for image "
          + "building."
    })
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
