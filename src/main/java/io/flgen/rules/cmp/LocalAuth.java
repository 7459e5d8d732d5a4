package io.flgen.rules.cmp;

import io.flgen.plan.ComputePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-CMP-003",
    name = "compute-local-auth-off",
    category = Category.CMP,
    title = "A compute cluster accepts local (key) authentication",
    crawl = Level.LOW,
    walk = Level.MEDIUM,
    run = Level.HIGH,
    rationale =
        "With local authentication on, a compute accepts keys and local credentials besides Entra ID, so "
            + "access to a silo's compute is no longer tied to a person or identity and escapes RBAC and its audit. "
            + "Every federated learning step already runs as the compute's managed identity and needs no keys.",
    fix = "Keep disableLocalAuth true (flgen's default for every compute).",
    references = {
      "PSRule: Azure.ML.DisableLocalAuth",
      "Checkov: CKV_AZURE_142",
      "Azure Policy: Azure Machine Learning Computes should have local authentication methods disabled "
          + "(e96a9a5f-07ca-471b-9bc5-6a0f33cbd68f)"
    })
public final class LocalAuth extends Setting<ComputePlan> {
  public LocalAuth() {
    super(
        Kind.COMPUTE,
        ComputePlan::localAuth,
        "accepts local authentication (disableLocalAuth: false)");
  }
}
