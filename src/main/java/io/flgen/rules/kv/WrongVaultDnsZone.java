package io.flgen.rules.kv;

import io.flgen.azure.PrivateLinkService;
import io.flgen.plan.DnsZonePlan;
import io.flgen.plan.KeyVaultPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Lookup;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Flags vault private endpoints that register in any zone but the cloud's Key Vault zone, and
 * private DNS zones named {@code privatelink.vault.*}, whether created or referenced as an existing
 * zone of a hub.
 */
@RuleId("FLG-KV-004")
public final class WrongVaultDnsZone implements Rule {
  private static final String WRONG_PREFIX = "privatelink.vault.";

  @Override
  public Stream<Finding> check(Plan plan) {
    String zone = PrivateLinkService.VAULT.zone(plan.cloud());
    Map<String, KeyVaultPlan> vaults = Lookup.byKey(plan.keyVaults(), KeyVaultPlan::name);
    Stream<Finding> endpoints =
        plan.privateEndpoints().stream()
            .filter(e -> PrivateLinkService.VAULT.groupId().equals(e.groupId()))
            .flatMap(
                e ->
                    e.zones().stream()
                        .filter(z -> !z.equals(zone))
                        .map(
                            z ->
                                finding(
                                    e.name(),
                                    vaults.containsKey(e.target())
                                        ? vaults.get(e.target()).origin()
                                        : e.owner().path(),
                                    e.name()
                                        + " (private endpoint of "
                                        + e.target()
                                        + ") registers in "
                                        + z
                                        + "; the Key Vault zone is "
                                        + zone)));
    Stream<Finding> zones = plan.dnsZones().stream().flatMap(z -> zoneFinding(z, zone));
    return Stream.concat(endpoints, zones);
  }

  private Stream<Finding> zoneFinding(DnsZonePlan z, String right) {
    String existing = z.existingId().substring(z.existingId().lastIndexOf('/') + 1);
    if (z.zone().startsWith(WRONG_PREFIX)) {
      return Stream.of(
          finding(
              z.zone(),
              "network.privateDnsZones",
              "private DNS zone " + z.zone() + " is not the Key Vault zone " + right));
    }
    if (existing.startsWith(WRONG_PREFIX)) {
      return Stream.of(
          finding(
              z.zone(),
              "network.privateDnsZones.existing[\"" + z.zone() + "\"]",
              "private DNS zone "
                  + z.zone()
                  + " is mapped to the existing zone "
                  + z.existingId()
                  + ", named "
                  + existing
                  + " instead of "
                  + right));
    }
    return Stream.empty();
  }
}
