package io.flgen.rules.aks;

import io.flgen.plan.AksPlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-AKS-001")
public final class AksPublicApiServer extends Setting<AksPlan> {
  public AksPublicApiServer() {
    super(
        Kind.AKS,
        a -> !a.privateCluster() && a.authorizedIpRanges().isEmpty(),
        "has a public API server (privateCluster: false) with no authorizedIpRanges");
  }
}
