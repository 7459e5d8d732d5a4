package io.flgen.plan;

import java.util.Locale;

/**
 * Azure's rule for comparing names, in one place: "Resource and resource group names are
 * case-insensitive unless specifically noted in the valid characters column"; "Always perform a
 * case-insensitive comparison of names"
 * (https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules). Every
 * kind flgen names (resource groups, managed identities, storage accounts, VNets, registries,
 * vaults, workspaces, computes, AKS clusters) is case-insensitive there, and subscription ids are
 * GUIDs, which compare case-insensitively too. Compare names with {@link #same} or key maps with
 * {@link #key}; never with {@code String.equals}.
 */
public final class AzureName {
  private AzureName() {}

  /** The form two names share exactly when Azure takes them for the same name. */
  public static String key(String name) {
    return name == null ? "" : name.toLowerCase(Locale.ROOT);
  }

  /** True when Azure takes {@code a} and {@code b} for the same name. */
  public static boolean same(String a, String b) {
    return key(a).equals(key(b));
  }
}
