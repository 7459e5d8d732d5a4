package io.flgen.plan;

/** Where a resource lives: a subscription and resource group, optionally in another tenant. */
public record Scope(String tenant, String subscriptionId, String resourceGroup) {
  /** The tenant key of the orchestrator's own tenant. */
  public static final String HOME = "home";

  public boolean isHome() {
    return HOME.equals(tenant);
  }
}
