package io.flgen.rules.aks;

import io.flgen.plan.AksPlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-AKS-004")
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
