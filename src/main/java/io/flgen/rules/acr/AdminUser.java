package io.flgen.rules.acr;

import io.flgen.plan.RegistryPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-ACR-001",
    name = "registry-admin-user-off",
    category = Category.ACR,
    title = "The container registry's admin user is enabled",
    crawl = Level.HIGH,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "The admin user is a shared username and password with push and pull rights on every repository. "
            + "Whoever holds it can replace the training image that every silo pulls, and so run code next to each "
            + "silo's data; no log says who did it. The reference sample leaves it on. Azure ML pulls images with "
            + "managed identities and does not need it.",
    fix =
        "Keep adminUserEnabled false (flgen's default); computes pull with their managed identity.",
    references = {
      "PSRule: Azure.ACR.AdminUser",
      "Checkov: CKV_AZURE_137",
      "Azure Policy: Container registries should have local admin account disabled (dc921057-6b28-4fbe-9b83-f7bec05db6c2)"
    })
public final class AdminUser extends Setting<RegistryPlan> {
  public AdminUser() {
    super(
        Kind.REGISTRY,
        RegistryPlan::adminUserEnabled,
        "has the admin user enabled (adminUserEnabled: true)");
  }
}
