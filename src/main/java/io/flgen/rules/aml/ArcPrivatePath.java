package io.flgen.rules.aml;

import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-AML-010",
    name = "arc-silo-private-path",
    category = Category.AML,
    title = "An Arc silo must reach private Azure endpoints but declares no private path",
    crawl = Level.CRITICAL,
    walk = Level.CRITICAL,
    run = Level.CRITICAL,
    waivable = false,
    rationale =
        "An on-premises cluster reaches a private workspace, registry or storage account only over a site-to-site "
            + "VPN or ExpressRoute into the hub, with DNS that resolves the hub's privatelink zones. Without one its jobs cannot "
            + "fetch code, pull images or write model updates.",
    fix =
        "Declare silos[].privatePath (via: vpn or expressRoute, dnsServer: the forwarder that resolves the hub's zones), "
            + "or keep the endpoints the silo needs public.",
    sources = {
      "https://learn.microsoft.com/azure/azure-arc/kubernetes/private-link | This means you can connect your on-premises "
          + "Kubernetes clusters with Azure Arc and send all traffic over an Azure ExpressRoute or site-to-site VPN "
          + "connection instead of using public networks."
    })
public final class ArcPrivatePath implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    List<String> privateTargets = new ArrayList<>();
    if (!plan.workspace().publicNetworkAccess()) {
      privateTargets.add("workspace " + plan.workspace().name());
    }
    if (!plan.registry().publicNetworkAccess()) {
      privateTargets.add("registry " + plan.registry().name());
    }
    plan.storages().stream()
        .filter(s -> !s.owner().silo() && !s.exposure().publicNetworkAccess())
        .forEach(s -> privateTargets.add("storage " + s.name()));
    if (privateTargets.isEmpty()) {
      return Stream.empty();
    }
    return plan.kubernetes().stream()
        .filter(k -> k.kind() == KubernetesPlan.Kind.ARC && k.privatePath().isEmpty())
        .map(
            k ->
                finding(
                    k.clusterName(),
                    k.origin(),
                    "Arc cluster "
                        + k.clusterName()
                        + " of silo "
                        + k.owner().key()
                        + " declares no private path, but "
                        + String.join(", ", privateTargets)
                        + " are private"));
  }
}
