package io.flgen.plan;

import io.flgen.diag.Codes;
import io.flgen.diag.Diagnostic;
import io.flgen.diag.Locator;
import io.flgen.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * With {@code privateDnsZones.create: false} the hub provides the zones: every zone the plan's
 * private endpoints register in must be listed in {@code existing}, or flgen would have to create
 * it after all (FLG203).
 */
public final class ZoneCheck {
  private ZoneCheck() {}

  /**
   * @param plan the topology's plan, asked for only when the hub provides the zones (the caller
   *     builds it once and keeps it)
   */
  public static List<Diagnostic> check(Topology t, Supplier<Plan> plan, Locator where) {
    List<Diagnostic> out = new ArrayList<>();
    if (t.network().createDnsZones()) {
      return out;
    }
    for (DnsZonePlan z : plan.get().dnsZones()) {
      if (!t.network().existingDnsZones().containsKey(z.zone())) {
        String path = "network.privateDnsZones.existing";
        out.add(
            new Diagnostic(
                Codes.MISSING_ZONE,
                where.locate(path),
                path,
                "zone "
                    + z.zone()
                    + " is needed by a private endpoint but not listed; add its resource id, or set create: true"));
      }
    }
    return out;
  }
}
