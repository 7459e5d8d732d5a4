package io.flgen.plan;

/**
 * How people reach the private endpoints: Azure Bastion and a jumpbox VM without a public IP, in
 * the orchestrator hub. Every private endpoint's zones are linked to the hub, so the jumpbox
 * resolves and reaches every private target the hub reaches.
 *
 * @param kind {@code bastion}
 * @param hub the orchestrator VNet that hosts it, with its {@code AzureBastionSubnet} and {@code
 *     snet-jumpbox} subnets
 * @param name the Bastion host
 * @param publicIp its public IP (Bastion requires one; nothing else gets one)
 * @param jumpbox the jumpbox VM name
 * @param jumpboxVmSize its size
 */
public record WayInPlan(
    String kind, VnetPlan hub, String name, String publicIp, String jumpbox, String jumpboxVmSize) {
  /** The jumpbox's network interface (way-in.bicep names it after the VM). */
  public String nic() {
    return jumpbox + "-nic";
  }

  /** Where a person runs commands that need the private network. */
  public String where() {
    return "the jumpbox `" + jumpbox + "` (through Azure Bastion `" + name + "`)";
  }
}
