package io.flgen.rules.net;

import io.flgen.plan.NsgRulePlan;
import io.flgen.plan.Plan;
import io.flgen.plan.SubnetPlan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting.Subnet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

@RuleId("FLG-NET-002")
public final class NsgAllowsInternetInbound implements Rule {
  /** Source prefixes that match any internet address (compared in lower case). */
  static final Set<String> ANY_SOURCE = Set.of("*", "any", "internet", "0.0.0.0/0", "::/0");

  @Override
  public Stream<Finding> check(Plan plan) {
    return Subnet.all(plan).stream()
        .flatMap(
            vs ->
                vs.subnet().nsgRules().stream()
                    .filter(NsgAllowsInternetInbound::opensToInternet)
                    .filter(r -> !bastionIngress(vs.subnet(), r) && !gatewayManagement(r))
                    .map(r -> finding(nsgName(vs), vs.vnet().origin(), message(vs, r))));
  }

  static boolean opensToInternet(NsgRulePlan r) {
    return "inbound".equalsIgnoreCase(r.direction())
        && "allow".equalsIgnoreCase(r.access())
        && r.source() != null
        && ANY_SOURCE.contains(r.source().trim().toLowerCase(Locale.ROOT));
  }

  /**
   * Azure Bastion's own subnet must admit TCP 443 from the internet: that is how people reach
   * Bastion, which then reaches the VMs privately
   * (https://learn.microsoft.com/azure/bastion/bastion-nsg, "Ingress Traffic from public internet:
   * The Azure Bastion will create a public IP that needs port 443 enabled on the public IP for
   * ingress traffic"). Not an exposure of the silo.
   */
  static boolean bastionIngress(SubnetPlan s, NsgRulePlan r) {
    return s.name().equals("AzureBastionSubnet")
        && r.protocol() != null
        && r.protocol().equalsIgnoreCase("tcp")
        && "443".equals(r.destinationPorts() == null ? "" : r.destinationPorts().trim());
  }

  /**
   * Application Gateway v2 needs its infrastructure ports, TCP 65200-65535, open inbound on its
   * subnet; Azure's own management traffic uses them and certificates protect them
   * (https://learn.microsoft.com/azure/application-gateway/configuration-infrastructure#network-security-groups).
   * Exactly that range, from any source, is the platform's requirement, not an exposure.
   */
  static boolean gatewayManagement(NsgRulePlan r) {
    return "65200-65535".equals(r.destinationPorts() == null ? "" : r.destinationPorts().trim())
        && r.protocol() != null
        && (r.protocol().equalsIgnoreCase("tcp") || r.protocol().equals("*"));
  }

  private static String nsgName(Subnet vs) {
    String nsg = vs.subnet().nsg();
    return nsg == null || nsg.isBlank() ? vs.path() : nsg;
  }

  private static String message(Subnet vs, NsgRulePlan r) {
    return nsgName(vs)
        + " (subnet "
        + vs.path()
        + ") rule "
        + r.name()
        + " (priority "
        + r.priority()
        + ") allows inbound "
        + r.protocol()
        + " to ports "
        + r.destinationPorts()
        + " from source "
        + r.source();
  }
}
