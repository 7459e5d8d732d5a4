package io.flgen.rules.net;

import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;
import io.flgen.rules.Setting.Subnet;

@RuleInfo(
    id = "FLG-NET-001",
    name = "subnet-has-nsg",
    category = Category.NET,
    title = "A subnet has no network security group",
    crawl = Level.LOW,
    walk = Level.MEDIUM,
    run = Level.HIGH,
    rationale =
        "The compute subnets run silo training jobs against raw data and the private endpoint subnets carry the "
            + "only path to silo storage. Without an NSG nothing filters traffic between peered VNets, so a compromised "
            + "node in one party's VNet can probe another party's computes and endpoints, and there are no NSG flow logs "
            + "to show it happened.",
    fix =
        "Keep the NSG flgen plans for every subnet (nsg-<prefix>-<party>-compute and -pe); in a hand-edited "
            + "deployment, associate an NSG with the subnet again.",
    references = {
      "PSRule: Azure.VNET.UseNSGs",
      "Checkov: CKV2_AZURE_31",
      "Azure Policy: Subnets should be associated with a Network Security Group (e71308d3-144b-4262-b144-efdc3cc90517)"
    })
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
