package io.flgen.rules.kv;

import io.flgen.azure.PrivateLinkService;
import io.flgen.plan.DnsZonePlan;
import io.flgen.plan.KeyVaultPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Flags vault private endpoints that register in any zone but the cloud's Key Vault zone, and
 * private DNS zones named {@code privatelink.vault.*}, whether created or referenced as an existing
 * zone of a hub.
 */
@RuleInfo(
    id = "FLG-KV-004",
    name = "keyvault-private-dns-zone",
    category = Category.KV,
    title = "A Key Vault private endpoint or DNS zone uses the wrong private DNS zone",
    crawl = Level.HIGH,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "Key Vault resolves through privatelink.vaultcore.azure.net (vaultcore.usgovcloudapi.net, "
            + "vaultcore.azure.cn in other clouds). A record in privatelink.vault.azure.net, the reference sample's "
            + "zone, is never consulted: the vault name keeps resolving to its public address, so computes either "
            + "fail to reach a private vault or silently go over the public endpoint.",
    fix =
        "Let flgen create the zones (network.privateDnsZones.create: true), or, with existing hub zones, map "
            + "the privatelink.vaultcore zone to the id of a zone with that exact name.",
    references = {"No general-purpose equivalent found"})
public final class WrongVaultDnsZone implements Rule {
  private static final String WRONG_PREFIX = "privatelink.vault.";

  @Override
  public Stream<Finding> check(Plan plan) {
    String zone = PrivateLinkService.VAULT.zone(plan.cloud());
    Map<String, KeyVaultPlan> vaults =
        plan.keyVaults().stream()
            .collect(Collectors.toMap(KeyVaultPlan::name, Function.identity(), (a, b) -> a));
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
