package io.flgen.plan;

import io.flgen.model.Topology;
import java.util.List;

/**
 * The resolved topology: every resource, identity, grant and network object flgen renders. Rules
 * and templates read this and nothing else; every list is in a stable order.
 */
public record Plan(
    Topology topology,
    Names names,
    Scope home,
    List<Scope> resourceGroups,
    List<IdentityPlan> identities,
    List<StoragePlan> storages,
    WorkspacePlan workspace,
    RegistryPlan registry,
    List<KeyVaultPlan> keyVaults,
    List<ComputePlan> computes,
    List<AksPlan> aksClusters,
    List<VnetPlan> vnets,
    List<PeeringPlan> peerings,
    List<PrivateEndpointPlan> privateEndpoints,
    List<DnsZonePlan> dnsZones,
    List<RoleGrant> grants,
    List<DatastorePlan> datastores,
    PipelinePlan pipeline,
    List<OutputPlan> outputs) {

  public StoragePlan storage(String name) {
    return storages.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
