package io.flgen.live.preflight;

import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The FLG-PRE rules. They are not in {@link io.flgen.rules.RuleCatalog}: the plan alone cannot say
 * whether they hold. Preflight asks Azure, then each rule reports what the answers showed, so the
 * findings go through the same engine (stage severity, waivers, locations, formats) as validate's.
 */
public final class PreRules {
  private PreRules() {}

  /** A rule whose findings preflight collected from Azure's answers. */
  public abstract static class Collected implements Rule {
    private final List<Finding> found = new ArrayList<>();

    synchronized void add(String target, String origin, String message) {
      found.add(finding(target, origin, message));
    }

    @Override
    public synchronized Stream<Finding> check(Plan plan) {
      return List.copyOf(found).stream();
    }
  }

  @RuleInfo(
      id = "FLG-PRE-001",
      name = "name-taken",
      category = Category.PRE,
      title =
          "A globally unique name the plan creates is already taken, or held by a soft-deleted Key Vault",
      crawl = Level.HIGH,
      walk = Level.HIGH,
      run = Level.HIGH,
      waivable = false,
      rationale =
          "Storage account, Key Vault and container registry names are global: if someone else holds the name, the deployment "
              + "fails half-way. A soft-deleted vault keeps its name until it is purged or its retention ends.",
      fix =
          "Change metadata.naming.prefix or turn on metadata.naming.uniqueSuffix; for a soft-deleted vault of "
              + "your own, recover it (az keyvault recover) or purge it (az keyvault purge).",
      sources = {
        "https://learn.microsoft.com/en-us/rest/api/storagerp/storage-accounts/check-name-availability | "
            + "Checks that the storage account name is valid and is not already in use.",
        "https://learn.microsoft.com/en-us/rest/api/keyvault/keyvault/vaults/check-name-availability | "
            + "Checks that the vault name is valid and is not already in use.",
        "https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview | "
            + "You can't reuse the name of a key vault that has been soft-deleted until the retention period has passed.",
        "https://learn.microsoft.com/en-us/rest/api/containerregistry/registries/check-name-availability | "
            + "Checks whether the container registry name is available for use. The name must contain only "
            + "alphanumeric characters, be globally unique, and between 5 and 50 characters in length."
      })
  public static final class NameTaken extends Collected {}

  @RuleInfo(
      id = "FLG-PRE-002",
      name = "provider-not-registered",
      category = Category.PRE,
      title = "A resource provider the deployment uses is not registered in the subscription",
      crawl = Level.HIGH,
      walk = Level.HIGH,
      run = Level.HIGH,
      waivable = false,
      rationale =
          "A subscription can create a resource type only once its provider is registered; a deployer "
              + "who may not register providers sees the deployment fail.",
      fix = "Register it: az provider register --namespace NAMESPACE --subscription SUBSCRIPTION.",
      sources = {
        "https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-providers-and-types | "
            + "Before you use a resource provider, make sure your Azure subscription is registered for it."
      })
  public static final class ProviderNotRegistered extends Collected {}

  @RuleInfo(
      id = "FLG-PRE-003",
      name = "referenced-resource-missing",
      category = Category.PRE,
      title = "An existing resource the topology references is not there",
      crawl = Level.HIGH,
      walk = Level.HIGH,
      run = Level.HIGH,
      waivable = false,
      rationale =
          "flgen references existing storage accounts, private DNS zones and Arc clusters without creating "
              + "them: a wrong name, resource group or subscription fails the deployment or leaves the silo unreachable.",
      fix =
          "Correct the name, resource group or subscription in the topology, or create the resource first.",
      sources = {
        "https://learn.microsoft.com/en-us/rest/api/storagerp/storage-accounts/get-properties | "
            + "Returns the properties for the specified storage account.",
        "https://learn.microsoft.com/en-us/rest/api/dns/privatednszones/privatezones/get | "
            + "Gets a Private DNS zone.",
        "https://learn.microsoft.com/en-us/rest/api/hybridkubernetes/connected-cluster/get | "
            + "Returns the properties of the specified connected cluster."
      })
  public static final class ReferencedMissing extends Collected {}

  @RuleInfo(
      id = "FLG-PRE-004",
      name = "arc-cluster-not-connected",
      category = Category.PRE,
      title = "An external silo's Arc cluster is not Connected",
      crawl = Level.MEDIUM,
      walk = Level.HIGH,
      run = Level.HIGH,
      rationale =
          "The Azure ML extension is installed and jobs reach the cluster through its Arc agents; a cluster "
              + "whose agents have not checked in is Offline or Expired and takes no job.",
      fix =
          "Check the cluster's azure-arc agents (kubectl get pods -n azure-arc) and its outbound access, then "
              + "re-run preflight.",
      sources = {
        "https://learn.microsoft.com/en-us/rest/api/hybridkubernetes/connected-cluster/get | "
            + "connectivityStatus: Represents the connectivity status of the connected cluster."
      })
  public static final class ArcNotConnected extends Collected {}

  @RuleInfo(
      id = "FLG-PRE-005",
      name = "deployer-lacks-permission",
      category = Category.PRE,
      title =
          "The signed-in deployer may not write the role assignments, or approve the private endpoints, the plan puts in a resource group",
      crawl = Level.HIGH,
      walk = Level.HIGH,
      run = Level.HIGH,
      waivable = false,
      rationale =
          "The deployment writes every grant of the access matrix and, where the topology says the deployer "
              + "approves them, private endpoint connections to existing accounts. Without the permission the "
              + "deployment stops half-way, after the resources but before the grants that make them usable.",
      fix =
          "Deploy as an identity holding Role Based Access Control Administrator (or User Access Administrator, or "
              + "Owner) on the resource group, and, for endpoint approvals, a role with "
              + "privateEndpointConnectionsApproval/action on the account; or let the account's owner approve "
              + "(storage.existing.endpointApproval: owner).",
      sources = {
        "https://learn.microsoft.com/en-us/rest/api/authorization/permissions/list-for-resource-group | "
            + "Gets all permissions the caller has for a resource group.",
        "https://learn.microsoft.com/en-us/azure/role-based-access-control/role-assignments-steps | "
            + "To assign roles, you must have Microsoft.Authorization/roleAssignments/write permissions.",
        "https://learn.microsoft.com/en-us/azure/private-link/rbac-permissions | "
            + "Microsoft.Storage/storageAccounts/privateEndpointConnectionsApproval/action approves the connection."
      })
  public static final class DeployerLacksPermission extends Collected {}

  @RuleInfo(
      id = "FLG-PRE-006",
      name = "vnet-overlaps-existing",
      category = Category.PRE,
      title =
          "A planned VNet's address space overlaps a VNet that already exists in a subscription of the deployment",
      crawl = Level.LOW,
      walk = Level.MEDIUM,
      run = Level.MEDIUM,
      rationale =
          "Peered virtual networks must not overlap, and a site-to-site VPN or hub cannot route to two "
              + "networks with the same addresses: an overlap with a network that exists today blocks peering it, or "
              + "the hub it is peered with, later.",
      fix =
          "Choose another addressSpace for the party (orchestrator.network.addressSpace or the silo's), one that "
              + "no existing VNet of the subscriptions uses.",
      sources = {
        "https://learn.microsoft.com/en-us/azure/virtual-network/virtual-network-manage-peering | "
            + "The virtual networks you peer must have nonoverlapping IP address spaces.",
        "https://learn.microsoft.com/en-us/rest/api/virtualnetwork/virtual-networks/get | "
            + "addressSpace: The AddressSpace that contains an array of IP address ranges that can be used by subnets."
      })
  public static final class VnetOverlapsExisting extends Collected {}

  @RuleInfo(
      id = "FLG-PRE-007",
      name = "vm-size-unavailable",
      category = Category.PRE,
      title =
          "A VM size the plan uses (compute cluster, jumpbox) is not offered in its region, or is restricted for the subscription",
      crawl = Level.HIGH,
      walk = Level.HIGH,
      run = Level.HIGH,
      waivable = false,
      rationale =
          "Azure ML creates a cluster's nodes, and the deployment the jumpbox, from the size in its region: a size "
              + "the region does not offer, or one the subscription may not use there (restriction "
              + "NotAvailableForSubscription), fails the deployment or leaves the cluster unable to scale.",
      fix =
          "Pick a size the region offers to the subscription (az vm list-skus --location REGION --size SIZE "
              + "--all --output table shows its restrictions), or ask Azure support to lift the restriction.",
      sources = {
        "https://learn.microsoft.com/en-us/rest/api/compute/resource-skus/list | "
            + "Gets the list of Microsoft.Compute SKUs available for your Subscription.",
        "https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/error-sku-not-available | "
            + "You receive this error when the resource SKU you've selected (such as VM size) isn't available for the "
            + "location you've selected. Notice that a SKU might be listed as NotAvailableForSubscription."
      })
  public static final class VmSizeUnavailable extends Collected {}

  @RuleInfo(
      id = "FLG-PRE-008",
      name = "vcpu-quota-short",
      category = Category.PRE,
      title =
          "The vCPU quota left in a region is less than the compute clusters' maximum nodes, or the jumpbox, need",
      crawl = Level.MEDIUM,
      walk = Level.HIGH,
      run = Level.HIGH,
      rationale =
          "Azure ML compute has its own vCPU quota per VM family, region and subscription, separate from the "
              + "virtual machine quota: clusters whose maximum nodes need more vCPUs than are left cannot scale "
              + "out, so training jobs queue, and a cluster whose minimum does not fit is not created. A virtual "
              + "machine (the jumpbox) must fit both its family's quota and the region's total, or it is not "
              + "deployed.",
      fix =
          "Lower the computes' maxNodes, pick a size of a family with quota left, or request more quota for the "
              + "family in the region (Azure ML studio, Quota, for clusters; the subscription's Usage + quotas for "
              + "virtual machines).",
      sources = {
        "https://learn.microsoft.com/en-us/azure/machine-learning/how-to-manage-quotas | "
            + "Azure Machine Learning compute is an exception. It has a separate quota from the core compute quota.",
        "https://learn.microsoft.com/en-us/rest/api/azureml/usages/list | "
            + "Gets the current usage information as well as limits for AML resources for given subscription and location.",
        "https://learn.microsoft.com/en-us/azure/virtual-machines/quotas | "
            + "Any time a new VM is deployed the vCPUs for the VM must not exceed the vCPU quota for the VM size "
            + "family or the total regional vCPU quota.",
        "https://learn.microsoft.com/en-us/rest/api/compute/usage/list | "
            + "Gets, for the specified location, the current compute resource usage information as well as the "
            + "limits for compute resources under the subscription."
      })
  public static final class VcpuQuotaShort extends Collected {}

  /**
   * Fresh instances of every FLG-PRE rule, for the rule list and the documentation (they hold no
   * findings).
   */
  public static List<Rule> all() {
    return List.of(
        new NameTaken(),
        new ProviderNotRegistered(),
        new ReferencedMissing(),
        new ArcNotConnected(),
        new DeployerLacksPermission(),
        new VnetOverlapsExisting(),
        new VmSizeUnavailable(),
        new VcpuQuotaShort());
  }
}
