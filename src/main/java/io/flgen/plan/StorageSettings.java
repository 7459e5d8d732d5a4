package io.flgen.plan;

/**
 * The security settings of a storage account flgen creates. Rules read them, and the storage module
 * receives them as parameters, so what is checked is exactly what is rendered.
 */
public record StorageSettings(
    String minimumTlsVersion,
    boolean allowSharedKeyAccess,
    boolean allowBlobPublicAccess,
    boolean allowCrossTenantReplication,
    boolean httpsOnly,
    boolean defaultToOAuthAuthentication,
    String containerPublicAccess) {

  /** What flgen always generates. */
  public static final StorageSettings HARDENED =
      new StorageSettings("TLS1_2", false, false, false, true, true, "None");
}
