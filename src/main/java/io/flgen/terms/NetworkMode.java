package io.flgen.terms;

/**
 * How a workspace or silo is reachable.
 *
 * <ul>
 *   <li>{@code open}: public endpoints, protected by Entra ID and RBAC only (crawl sandboxes).
 *   <li>{@code vnet}: computes in a VNet with no public IP; data behind private endpoints.
 *   <li>{@code private}: as vnet, and the workspace and its dependencies are private too.
 * </ul>
 */
public enum NetworkMode implements YamlEnum {
  OPEN,
  VNET,
  PRIVATE;

  public boolean isIsolated() {
    return this != OPEN;
  }

  public static NetworkMode fromYaml(String s) {
    return YamlEnum.fromYaml(NetworkMode.class, s, "network mode");
  }
}
