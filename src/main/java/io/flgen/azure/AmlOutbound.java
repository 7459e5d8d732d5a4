package io.flgen.azure;

import java.util.List;

/**
 * The outbound traffic Azure ML compute needs from a subnet without default outbound access, as
 * service tags and ports. The compute subnet's NSG allows exactly these, and the subnet reaches
 * them through a NAT gateway or the hub firewall.
 *
 * <p>Source: "Configure inbound and outbound network traffic" (Azure Machine Learning),
 * https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall , the
 * table of required outbound service tags for compute instances and clusters. flgen uses the global
 * tags, not the regional ones, because a silo's compute in one region reaches the workspace's
 * storage and registry in another.
 */
public final class AmlOutbound {
  private AmlOutbound() {}

  /**
   * One required outbound allowance.
   *
   * @param tag the service tag
   * @param protocol {@code Tcp} or {@code Udp}
   * @param ports a port or a comma-separated list
   * @param why what Azure ML uses it for
   */
  public record Tag(String tag, String protocol, String ports, String why) {}

  /** Required by every Azure ML compute cluster in a VNet, in NSG priority order. */
  public static final List<Tag> REQUIRED =
      List.of(
          new Tag(
              "AzureActiveDirectory", "Tcp", "80,443", "Entra ID sign-in of the compute identity"),
          new Tag(
              "AzureMachineLearning",
              "Tcp",
              "443,8787,18881",
              "the workspace and job control plane"),
          new Tag("AzureMachineLearning", "Udp", "5831", "the job control plane"),
          new Tag("BatchNodeManagement", "Tcp", "443", "compute node management"),
          new Tag("AzureResourceManager", "Tcp", "443", "Azure Resource Manager"),
          new Tag(
              "Storage",
              "Tcp",
              "443,445",
              "workspace, exchange and silo storage (445: the workspace file share)"),
          new Tag("AzureContainerRegistry", "Tcp", "443", "the workspace registry"),
          new Tag("MicrosoftContainerRegistry", "Tcp", "443", "Microsoft's base images"),
          new Tag("AzureFrontDoor.FirstParty", "Tcp", "443", "Microsoft's base image layers"),
          new Tag("AzureKeyVault", "Tcp", "443", "the workspace Key Vault"),
          new Tag("AzureMonitor", "Tcp", "443", "job metrics and logs"));
}
