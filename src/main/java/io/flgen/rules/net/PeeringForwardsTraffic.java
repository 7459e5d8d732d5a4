package io.flgen.rules.net;

import io.flgen.plan.PeeringPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-NET-005",
    name = "peering-no-forwarding-or-transit",
    category = Category.NET,
    title = "A VNet peering allows forwarded traffic or gateway transit",
    crawl = Level.LOW,
    walk = Level.LOW,
    run = Level.LOW,
    rationale =
        "flgen peers each silo only with the orchestrator hub so that silos cannot reach each other. Allowing "
            + "forwarded traffic lets a router or firewall in the hub pass one silo's traffic on to another silo, and "
            + "gateway transit extends a silo into every network behind the hub's VPN or ExpressRoute gateway. Either "
            + "widens the trust boundary between parties; it should be a deliberate, reviewed choice.",
    fix =
        "Keep allowForwardedTraffic and allowGatewayTransit false (flgen's default). If a hub firewall must inspect "
            + "silo egress, waive this finding for that peering with a justification.",
    references = RuleInfo.FL_SPECIFIC)
public final class PeeringForwardsTraffic implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.peerings().stream()
        .filter(p -> p.allowForwardedTraffic() || p.allowGatewayTransit())
        .map(
            p ->
                finding(
                    p.name(),
                    p.local().origin(),
                    p.name()
                        + " ("
                        + p.local().name()
                        + " to "
                        + p.remote().name()
                        + ") allows "
                        + what(p)));
  }

  private static String what(PeeringPlan p) {
    if (p.allowForwardedTraffic() && p.allowGatewayTransit()) {
      return "forwarded traffic and gateway transit (allowForwardedTraffic: true, allowGatewayTransit: true)";
    }
    return p.allowForwardedTraffic()
        ? "forwarded traffic (allowForwardedTraffic: true)"
        : "gateway transit (allowGatewayTransit: true)";
  }
}
