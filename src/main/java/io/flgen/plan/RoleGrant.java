package io.flgen.plan;

/**
 * One role assignment: a row of the access matrix.
 *
 * @param principal the identity name that receives the role
 * @param principalOwner the party the identity belongs to
 * @param roleName the built-in role name
 * @param roleId the built-in role definition GUID
 * @param storage the storage account the grant is on
 * @param container the container it is scoped to, or empty for the whole account
 * @param access {@code read}, {@code write} or {@code read-write}, for the matrix
 * @param targetKind {@code storage}, {@code registry}, {@code workspace}, {@code aks} or {@code
 *     vault}
 * @param scope the resource group of the target (where the assignment is deployed)
 * @param principalType {@code ServicePrincipal} (managed identities and apps), {@code Group} or
 *     {@code User}
 * @param principalObjectId the Entra object id of a person or group; empty for identities and apps,
 *     whose ids the deployment resolves
 */
public record RoleGrant(
    String principal,
    Party principalOwner,
    String roleName,
    String roleId,
    String targetKind,
    String target,
    String container,
    String access,
    Scope scope,
    String reason,
    String principalType,
    String principalObjectId) {
  public static final String SERVICE_PRINCIPAL = "ServicePrincipal";

  /** True for a person or group, false for a managed identity or app. */
  public boolean person() {
    return !principalObjectId.isEmpty();
  }

  /** The target as one string: {@code account} or {@code account/container}. */
  public String targetPath() {
    return container.isEmpty() ? target : target + "/" + container;
  }
}
