package io.flgen.rules.net;

import io.flgen.rules.Rule;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;
import java.util.List;
import java.util.Set;

/** The network rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class NetRules {
  private NetRules() {}

  /** Subnets named for an Azure service that manages their traffic itself. */
  static final Set<String> PLATFORM_SUBNETS =
      Set.of(
          "AzureBastionSubnet",
          "AzureFirewallSubnet",
          "AzureFirewallManagementSubnet",
          "GatewaySubnet");

  public static final List<Rule> ALL =
      List.of(
          new Setting<>(
              "FLG-NET-001",
              Kind.SUBNET,
              // subnets Azure reserves for a service: Bastion's works only with Bastion's own
              // documented rule set, and the firewall and gateway subnets take no NSG at all
              // (PSRule Azure.VNET.UseNSGs excludes them too)
              s ->
                  !PLATFORM_SUBNETS.contains(s.subnet().name())
                      && (s.subnet().nsg() == null || s.subnet().nsg().isBlank()),
              s -> "(" + s.subnet().prefix() + ") has no network security group"),
          new NsgAllowsInternetInbound(),
          new PeeredAddressSpacesOverlap(),
          new PrivateDnsZoneNotLinked(),
          new PeeringForwardsTraffic(),
          new Setting<>(
              "FLG-NET-006",
              Kind.SUBNET,
              // Bastion, the firewall and the VPN/ExpressRoute gateway reach the internet through
              // their own public IPs; their subnets hold no VM that default outbound access would
              // expose
              s ->
                  s.subnet().defaultOutboundAccess()
                      && !PLATFORM_SUBNETS.contains(s.subnet().name()),
              "keeps default outbound internet access (defaultOutboundAccess: true)"));
}
