package io.flgen.rules.acr;

import io.flgen.plan.RegistryPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

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
public final class AnonymousPull extends Setting<RegistryPlan> {
  public AnonymousPull() {
    super(
        Kind.REGISTRY,
        RegistryPlan::anonymousPullEnabled,
        "allows anonymous pull (anonymousPullEnabled: true)");
  }
}
