package io.flgen.plan;

/** A user-assigned managed identity, and the parties that use it. */
public record IdentityPlan(String name, Party owner, Scope scope, String region, String origin) {
  /** The identity itself: its resource id, compared as Azure compares it. */
  public ResourceRef id() {
    return ResourceRef.identity(scope, name);
  }
}
