package io.flgen.rules.aks;

import io.flgen.plan.AksPlan;
import io.flgen.rules.Rule;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;
import java.util.List;

/** The AKS rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class AksRules {
  private AksRules() {}

  /** No network policy: none set, blank, or {@code none}. */
  private static boolean noPolicy(AksPlan a) {
    return a.networkPolicy() == null
        || a.networkPolicy().isBlank()
        || a.networkPolicy().trim().equalsIgnoreCase("none");
  }

  public static final List<Rule> ALL =
      List.of(
          new Setting<>(
              "FLG-AKS-001",
              Kind.AKS,
              a -> !a.privateCluster() && a.authorizedIpRanges().isEmpty(),
              "has a public API server (privateCluster: false) with no authorizedIpRanges"),
          new Setting<>(
              "FLG-AKS-002",
              Kind.AKS,
              a ->
                  !a.localAccountsDisabled()
                      && (a.adminGroupObjectId().isEmpty() || !a.azureRbac()),
              "has local accounts enabled and no Entra admin group with Azure RBAC (cluster.adminGroupObjectId)"),
          new Setting<>(
              "FLG-AKS-003",
              Kind.AKS,
              a -> !a.azureRbac(),
              "does not use Azure RBAC for Kubernetes authorization (enableAzureRBAC: false)"),
          new Setting<>(
              "FLG-AKS-004",
              Kind.AKS,
              AksRules::noPolicy,
              a ->
                  "has no network policy ("
                      + (a.networkPolicy() == null || a.networkPolicy().isBlank()
                          ? "networkPolicy not set"
                          : "networkPolicy: " + a.networkPolicy())
                      + ")"));
}
