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
 * @param scope the resource group of the target (where the assignment is deployed)
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
    String reason) {

  /** The target as one string: {@code account} or {@code account/container}. */
  public String targetPath() {
    return container.isEmpty() ? target : target + "/" + container;
  }
}
