package io.flgen.plan;

/**
 * How a data or control endpoint is reachable.
 *
 * @param publicNetworkAccess the service accepts traffic from the internet
 * @param defaultActionDeny the network ACL default action is Deny
 * @param privateEndpoint the service has a private endpoint
 */
public record Exposure(
    boolean publicNetworkAccess, boolean defaultActionDeny, boolean privateEndpoint) {
  public static final Exposure PUBLIC = new Exposure(true, false, false);
  public static final Exposure PRIVATE = new Exposure(false, true, true);

  /**
   * A machine on the internet reaches the public endpoint: public access on and no deny-by-default.
   */
  public boolean internetReachable() {
    return publicNetworkAccess && !defaultActionDeny;
  }
}
