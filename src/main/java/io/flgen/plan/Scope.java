package io.flgen.plan;

/**
 * Where a resource lives: a subscription and resource group, optionally in another tenant. Two
 * scopes are equal when Azure takes them for the same resource group: subscription and group are
 * compared as {@link AzureName} says (case-insensitively), so {@code RG-A} and {@code rg-a} are one
 * group.
 */
public record Scope(String tenant, String subscriptionId, String resourceGroup) {
  /** The tenant key of the orchestrator's own tenant. */
  public static final String HOME = "home";

  public boolean isHome() {
    return HOME.equals(tenant);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scope s
        && AzureName.same(tenant, s.tenant)
        && AzureName.same(subscriptionId, s.subscriptionId)
        && AzureName.same(resourceGroup, s.resourceGroup);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        AzureName.key(tenant), AzureName.key(subscriptionId), AzureName.key(resourceGroup));
  }
}
