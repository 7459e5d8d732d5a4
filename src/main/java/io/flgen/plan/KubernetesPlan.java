package io.flgen.plan;

import java.util.List;
import java.util.Optional;

/**
 * The Kubernetes side of an external silo: the cluster (an existing Arc connected cluster, or an
 * AKS cluster flgen creates), the Azure ML extension on it, the attached compute in the
 * orchestrator workspace, the namespace jobs run in, the InstanceTypes and the local-data volume.
 *
 * @param kind an onboarded Arc cluster or an AKS cluster flgen creates
 * @param clusterScope where the cluster resource lives
 * @param computeName the attached compute in the workspace
 * @param identity the silo identity the attached compute uses
 * @param namespace the namespace the silo's jobs (and its PVC) live in
 * @param systemPool the AKS system pool (empty for Arc)
 * @param sgxPlugin whether the confidential-computing SGX device plugin add-on is enabled
 * @param privatePath an Arc cluster's declared private path to the hub (VPN or ExpressRoute, and
 *     its DNS forwarder); empty when none
 * @param networkPolicy whether a network policy engine is switched on for the cluster, so that
 *     {@code k8s/<silo>/} gets NetworkPolicy objects (deny all traffic of the namespace, then allow
 *     only the egress Azure ML jobs need). AKS: true when flgen enables a network policy on the
 *     cluster ({@link AksPlan#networkPolicy()} set and not {@code none}). Arc: always true, since
 *     flgen cannot see the cluster's engine; an unenforced policy is harmless and an enforced one
 *     is the goal
 */
public record KubernetesPlan(
    Party owner,
    Kind kind,
    String clusterName,
    Scope clusterScope,
    String region,
    String extensionName,
    String computeName,
    String identity,
    String namespace,
    List<InstanceTypePlan> instanceTypes,
    Optional<VolumePlan> localData,
    Optional<NodePoolPlan> systemPool,
    Optional<NodePoolPlan> confidentialPool,
    boolean sgxPlugin,
    boolean networkPolicy,
    String origin,
    String privatePath) {
  /**
   * The closed set of cluster kinds: an onboarded Arc cluster, or an AKS cluster flgen creates; its
   * {@link io.flgen.terms.YamlEnum#yamlName()} is the topology's word ({@code arc}, {@code aks}).
   */
  public enum Kind implements io.flgen.terms.YamlEnum {
    ARC,
    AKS
  }

  public KubernetesPlan {
    instanceTypes = List.copyOf(instanceTypes);
  }

  /**
   * An Azure ML InstanceType: requests equal limits, optionally pinned to a node pool.
   *
   * @param epc the Intel SGX enclave page cache it requests ({@code sgx.intel.com/epc}); empty for
   *     none
   */
  public record InstanceTypePlan(
      String name, String cpu, String memory, int gpu, String nodePool, String epc) {}

  /**
   * Local data exposed as a PersistentVolume and a PersistentVolumeClaim Azure ML mounts in jobs.
   *
   * @param type {@code hostPath} or {@code nfs}
   * @param server the NFS server, empty for hostPath
   */
  public record VolumePlan(
      String name, String type, String server, String path, String size, String mountPath) {}

  /**
   * A confidential-computing node pool of an AKS cluster.
   *
   * @param technology {@code sgx} or {@code sev-snp}
   * @param enclaveRuntime sgx: the enclave runtime the training image runs under; empty when none
   */
  public record NodePoolPlan(
      String name, String vmSize, int count, String technology, String enclaveRuntime) {}
}
