package io.flgen.plan;

import java.util.List;

/**
 * An AKS cluster of an external silo.
 *
 * @param localAccountsDisabled false: Azure ML's extension needs the cluster's local accounts
 * @param privateClusterPublicFqdn whether a private cluster also publishes its API server FQDN in
 *     public DNS
 * @param adminGroupObjectId the Entra group given Azure Kubernetes Service RBAC Cluster Admin;
 *     empty when none
 */
public record AksPlan(
    String name,
    Party owner,
    Scope scope,
    String region,
    boolean privateCluster,
    List<String> authorizedIpRanges,
    boolean localAccountsDisabled,
    boolean azureRbac,
    String networkPolicy,
    String origin,
    boolean privateClusterPublicFqdn,
    String adminGroupObjectId) {
  public AksPlan {
    authorizedIpRanges = List.copyOf(authorizedIpRanges);
  }

  /**
   * The cluster's system-assigned identity, as a grant's principal (the review names it so too).
   */
  public String identity() {
    return "system:" + name;
  }
}
