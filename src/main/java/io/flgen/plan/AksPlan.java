package io.flgen.plan;

import java.util.List;

/** An AKS cluster of an external silo. */
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
    String origin) {
  public AksPlan {
    authorizedIpRanges = List.copyOf(authorizedIpRanges);
  }
}
