package io.flgen.rules.net;

import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;
import io.flgen.rules.Setting.Subnet;

@RuleId("FLG-NET-001")
public final class SubnetWithoutNsg extends Setting<Subnet> {
  /** Subnets named for an Azure service that manages their traffic itself. */
  static final java.util.Set<String> PLATFORM_SUBNETS =
      java.util.Set.of(
          "AzureBastionSubnet",
          "AzureFirewallSubnet",
          "AzureFirewallManagementSubnet",
          "GatewaySubnet");

  public SubnetWithoutNsg() {
    super(
        Kind.SUBNET,
        // subnets Azure reserves for a service: Bastion's works only with Bastion's own
        // documented rule set, and the firewall and gateway subnets take no NSG at all
        // (PSRule Azure.VNET.UseNSGs excludes them too)
        s ->
            !PLATFORM_SUBNETS.contains(s.subnet().name())
                && (s.subnet().nsg() == null || s.subnet().nsg().isBlank()),
        s -> "(" + s.subnet().prefix() + ") has no network security group");
  }
}
