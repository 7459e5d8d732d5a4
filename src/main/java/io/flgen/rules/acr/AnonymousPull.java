package io.flgen.rules.acr;

import io.flgen.plan.Plan;
import io.flgen.plan.RegistryPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-ACR-002",
    name = "registry-anonymous-pull-off",
    category = Category.ACR,
    title = "The container registry allows anonymous pull",
    crawl = Level.HIGH,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "With anonymous pull anyone who can reach the registry downloads every image without signing in. "
            + "Federated learning images carry the training code and often model code and configuration of the "
            + "consortium; they are not meant to be public.",
    fix = "Keep anonymousPullEnabled false (flgen's default).",
    references = {
      "PSRule: Azure.ACR.AnonymousAccess",
      "Checkov: CKV_AZURE_138",
      "Azure Policy: Container registries should have anonymous authentication disabled (9f2dea28-e834-476c-99c5-3507b4728395)"
    })
public final class AnonymousPull implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    RegistryPlan r = plan.registry();
    if (r == null || !r.anonymousPullEnabled()) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            r.name(),
            r.origin(),
            r.name() + " allows anonymous pull (anonymousPullEnabled: true)"));
  }
}
