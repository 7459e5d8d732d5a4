package io.flgen.rules.aks;

import io.flgen.plan.AksPlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-AKS-001",
    name = "aks-api-server-restricted",
    category = Category.AKS,
    title = "An AKS API server is public and open to every address",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.CRITICAL,
    rationale =
        "The API server of an external silo's cluster controls the pods that mount the silo's local data. A "
            + "public API server without authorized IP ranges can be reached from anywhere, so a leaked kubeconfig or "
            + "token, or an API server vulnerability, is enough to read the silo's data from the internet.",
    fix =
        "Keep cluster.privateCluster: true (the default) on the external silo, or list the operators' and Azure "
            + "ML's egress ranges in cluster.authorizedIpRanges.",
    references = {
      "PSRule: Azure.AKS.AuthorizedIPs",
      "Checkov: CKV_AZURE_6",
      "Azure Policy: Authorized IP ranges should be defined on Kubernetes Services (0e246bcf-5f6f-4f87-bc6f-775d4712c7ea)"
    })
public final class AksPublicApiServer extends Setting<AksPlan> {
  public AksPublicApiServer() {
    super(
        Kind.AKS,
        a -> !a.privateCluster() && a.authorizedIpRanges().isEmpty(),
        "has a public API server (privateCluster: false) with no authorizedIpRanges");
  }
}
