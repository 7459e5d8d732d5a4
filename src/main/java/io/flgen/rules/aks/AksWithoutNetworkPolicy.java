package io.flgen.rules.aks;

import io.flgen.plan.AksPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-AKS-004",
    name = "aks-network-policy",
    category = Category.AKS,
    title = "AKS has no network policy engine",
    crawl = Level.LOW,
    walk = Level.MEDIUM,
    run = Level.HIGH,
    rationale =
        "Without a network policy engine every pod can reach every other pod, so a compromised FL component "
            + "or any other workload on the cluster can talk to the training pods and the services that serve the "
            + "silo's local data. NetworkPolicy objects are silently ignored until an engine is installed.",
    fix =
        "Keep networkPolicy azure (flgen's default) or use calico or cilium, and restrict the Azure ML namespace "
            + "with NetworkPolicy objects.",
    references = {"PSRule: Azure.AKS.NetworkPolicy", "Checkov: CKV_AZURE_7"})
public final class AksWithoutNetworkPolicy extends Setting<AksPlan> {
  public AksWithoutNetworkPolicy() {
    super(
        Kind.AKS,
        AksWithoutNetworkPolicy::noPolicy,
        a ->
            "has no network policy ("
                + (a.networkPolicy() == null || a.networkPolicy().isBlank()
                    ? "networkPolicy not set"
                    : "networkPolicy: " + a.networkPolicy())
                + ")");
  }

  private static boolean noPolicy(AksPlan a) {
    return a.networkPolicy() == null
        || a.networkPolicy().isBlank()
        || a.networkPolicy().trim().equalsIgnoreCase("none");
  }
}
