package io.flgen.model;

/**
 * A person or group in Entra ID that the topology grants roles to. flgen never creates it.
 *
 * @param objectId the Entra object id
 * @param group true for a group, false for a user
 * @param displayName for the access matrix and DEPLOY.md only; empty when not given
 */
public record Principal(String objectId, boolean group, String displayName) {
  /** How Azure role assignments name the principal type. */
  public String principalType() {
    return group ? "Group" : "User";
  }

  /** The display name, or the object id when none was given. */
  public String label() {
    return displayName.isEmpty() ? objectId : displayName;
  }
}
