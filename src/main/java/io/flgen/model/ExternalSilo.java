package io.flgen.model;

import java.util.List;
import java.util.Optional;

/**
 * A Kubernetes cluster attached to the workspace: on-prem or other-cloud through Azure Arc, or an
 * AKS cluster flgen creates.
 *
 * @param computes the attached Kubernetes compute(s); vmSize is unused and min/max nodes bound the
 *     instance count
 * @param instanceTypes the InstanceType resources jobs may request
 * @param localData data on the cluster, exposed through a persistent volume
 * @param privatePath the declared private path of an Arc cluster to the hub
 */
public record ExternalSilo(
    String name,
    String region,
    Optional<String> subscriptionId,
    Optional<String> resourceGroup,
    Network network,
    List<Compute> computes,
    KubernetesCluster cluster,
    List<InstanceType> instanceTypes,
    Optional<LocalData> localData,
    Storage storage,
    SiloData data,
    Identity identity,
    List<Principal> dataOwners,
    Optional<PrivatePath> privatePath)
    implements Silo {
  public ExternalSilo {
    computes = List.copyOf(computes);
    instanceTypes = List.copyOf(instanceTypes);
    dataOwners = List.copyOf(dataOwners);
  }

  @Override
  public String kindName() {
    return "external";
  }
}
