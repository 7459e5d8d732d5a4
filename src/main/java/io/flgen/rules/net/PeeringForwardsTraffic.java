package io.flgen.rules.net;

import io.flgen.plan.PeeringPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.stream.Stream;

@RuleId("FLG-NET-005")
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
