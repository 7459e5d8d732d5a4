package io.flgen.rules.acr;

import io.flgen.plan.Plan;
import io.flgen.plan.RegistryPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import io.flgen.terms.NetworkMode;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-ACR-003",
    name = "registry-private-in-private-mode",
    category = Category.ACR,
    title = "The container registry is publicly reachable although the orchestrator is private",
    crawl = Level.HIGH,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "In private mode the workspace and its dependencies answer only on private endpoints. A public "
            + "registry is the one door left open: images, which every silo runs next to its data, can be pulled, and "
            + "with a leaked identity token pushed, from any network.",
    fix =
        "Keep the registry Premium with publicNetworkAccess Disabled and its private endpoint (flgen's default "
            + "when orchestrator.network.mode is private).",
    references = {
      "PSRule: Azure.ACR.Firewall",
      "Checkov: CKV_AZURE_139",
      "Azure Policy: Public network access should be disabled for Container registries (0fdf0491-d080-4575-b627-ad0e843cba0f)"
    })
public final class PublicRegistryInPrivateMode implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    RegistryPlan r = plan.registry();
    if (r == null
        || !r.publicNetworkAccess()
        || plan.context().orchestratorNetwork() != NetworkMode.PRIVATE) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            r.name(),
            r.origin(),
            r.name()
                + " accepts public network access (publicNetworkAccess: Enabled) while orchestrator.network.mode is private"));
  }
}
