package io.flgen.plan;

/**
 * One Azure resource by its full resource id: subscription, resource group, resource type and name.
 * Two refs are equal exactly when Azure takes them for the same resource: every part is compared as
 * {@link AzureName} says (case-insensitively). A managed identity is its resource id, never its
 * name alone: the same name in another resource group is another identity, and {@code ID-X} in
 * {@code RG-A} is {@code id-x} in {@code rg-a}.
 */
public record ResourceRef(String subscriptionId, String resourceGroup, String type, String name) {
  public static final String USER_ASSIGNED_IDENTITY =
      "Microsoft.ManagedIdentity/userAssignedIdentities";

  /** A user-assigned managed identity {@code name} in {@code scope}. */
  public static ResourceRef identity(Scope scope, String name) {
    return new ResourceRef(
        scope.subscriptionId(), scope.resourceGroup(), USER_ASSIGNED_IDENTITY, name);
  }

  /** The resource group and name, for messages: {@code name in resource group rg}. */
  public String describe() {
    return "'" + name + "' in resource group '" + resourceGroup + "'";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResourceRef r
        && AzureName.same(subscriptionId, r.subscriptionId)
        && AzureName.same(resourceGroup, r.resourceGroup)
        && AzureName.same(type, r.type)
        && AzureName.same(name, r.name);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        AzureName.key(subscriptionId),
        AzureName.key(resourceGroup),
        AzureName.key(type),
        AzureName.key(name));
  }

  /** The ARM resource id. */
  @Override
  public String toString() {
    return "/subscriptions/"
        + subscriptionId
        + "/resourceGroups/"
        + resourceGroup
        + "/providers/"
        + type
        + "/"
        + name;
  }
}
