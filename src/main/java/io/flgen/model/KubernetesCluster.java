package io.flgen.model;

import java.util.List;
import java.util.Optional;

/** The Kubernetes cluster behind an external silo. */
public sealed interface KubernetesCluster permits KubernetesCluster.Arc, KubernetesCluster.Aks {

  /** An existing Azure Arc-enabled cluster ({@code Microsoft.Kubernetes/connectedClusters}). */
  record Arc(String name, String resourceGroup) implements KubernetesCluster {}

  /**
   * An AKS cluster flgen creates.
   *
   * @param kubernetesVersion optional pinned version; the platform default when absent
   * @param nodeVmSize the system pool VM size
   * @param nodeCount the system pool node count
   * @param privateCluster a private API server
   * @param authorizedIpRanges allowed API server client ranges when the API server is public
   * @param confidentialNodePool optional confidential-compute user pool
   * @param adminGroupObjectId the Entra group that administers the cluster
   */
  record Aks(
      Optional<String> kubernetesVersion,
      String nodeVmSize,
      int nodeCount,
      boolean privateCluster,
      List<String> authorizedIpRanges,
      Optional<ConfidentialNodePool> confidentialNodePool,
      Optional<String> adminGroupObjectId)
      implements KubernetesCluster {
    public Aks {
      authorizedIpRanges = List.copyOf(authorizedIpRanges);
    }
  }

  /**
   * A node pool of confidential VMs.
   *
   * @param technology {@code sgx} (Intel SGX enclaves, DCsv2/DCsv3) or {@code sev-snp} (AMD
   *     confidential VMs, DCasv5/ECasv5); decides whether the SGX device plugin is enabled
   * @param enclaveRuntime sgx: the enclave runtime the training image runs under
   */
  record ConfidentialNodePool(
      String vmSize, int nodeCount, String technology, Optional<String> enclaveRuntime) {}
}
