package io.flgen.azure;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Azure built-in role definitions flgen assigns or checks for.
 *
 * <p>Source of every name and GUID: "Azure built-in roles",
 * https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
 * (MicrosoftDocs/azure-docs articles/role-based-access-control/built-in-roles.md, revision dated
 * 2026-04-09). Role GUIDs are the same in every cloud.
 *
 * <p>{@code grantsKeys}: the role includes {@code
 * Microsoft.Storage/storageAccounts/listKeys/action} (directly or through a wildcard), so a holder
 * can read the storage account keys and bypass data-plane RBAC. {@code dataPlane}: the role
 * definition has {@code DataActions}.
 */
public final class BuiltInRoles {

  /** A built-in role definition. */
  public record Role(String name, String guid, boolean grantsKeys, boolean dataPlane) {
    private static final Pattern GUID =
        Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public Role {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(guid, "guid");
      if (!GUID.matcher(guid).matches()) {
        throw new IllegalArgumentException("not a lowercase GUID: " + guid);
      }
    }

    /**
     * The tenant-level role definition resource id, {@code
     * /providers/Microsoft.Authorization/roleDefinitions/<guid>}.
     */
    public String roleDefinitionId() {
      return "/providers/Microsoft.Authorization/roleDefinitions/" + guid;
    }
  }

  // --- Privileged / general ---
  public static final Role OWNER =
      new Role("Owner", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", true, false);
  public static final Role CONTRIBUTOR =
      new Role("Contributor", "b24988ac-6180-42a0-ab88-20f7382dd24c", true, false);
  public static final Role READER =
      new Role("Reader", "acdd72a7-3385-48ef-bd42-f606fba81ae7", false, false);
  public static final Role USER_ACCESS_ADMINISTRATOR =
      new Role("User Access Administrator", "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", false, false);
  public static final Role RBAC_ADMINISTRATOR =
      new Role(
          "Role Based Access Control Administrator",
          "f58310d9-a9f6-439a-9e8d-f62e7b41a168",
          false,
          false);

  // --- Storage ---
  public static final Role STORAGE_BLOB_DATA_OWNER =
      new Role("Storage Blob Data Owner", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", false, true);
  public static final Role STORAGE_BLOB_DATA_CONTRIBUTOR =
      new Role(
          "Storage Blob Data Contributor", "ba92f5b4-2d11-453d-a403-e96b0029c9fe", false, true);
  public static final Role STORAGE_BLOB_DATA_READER =
      new Role("Storage Blob Data Reader", "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1", false, true);
  public static final Role STORAGE_FILE_DATA_PRIVILEGED_CONTRIBUTOR =
      new Role(
          "Storage File Data Privileged Contributor",
          "69566ab7-960f-475b-8e7c-b3118f30c6bd",
          false,
          true);
  public static final Role STORAGE_FILE_DATA_PRIVILEGED_READER =
      new Role(
          "Storage File Data Privileged Reader",
          "b8eda974-7b85-4f76-af95-65846b26df6d",
          false,
          true);
  public static final Role STORAGE_ACCOUNT_KEY_OPERATOR =
      new Role(
          "Storage Account Key Operator Service Role",
          "81a9662b-bebf-436f-a333-f67b29880f12",
          true,
          false);
  public static final Role READER_AND_DATA_ACCESS =
      new Role("Reader and Data Access", "c12c1c16-33a1-487b-954d-41c89c60f349", true, false);
  public static final Role STORAGE_ACCOUNT_CONTRIBUTOR =
      new Role("Storage Account Contributor", "17d1049b-9a84-46fb-8f53-869881c3d3ab", true, false);

  // --- Containers (ACR pull/push are Actions, not DataActions, in the role definitions) ---
  public static final Role ACR_PULL =
      new Role("AcrPull", "7f951dda-4ed3-4680-a7ca-43fe172d538d", false, false);
  public static final Role ACR_PUSH =
      new Role("AcrPush", "8311e382-0749-4cb8-b61a-304f252e45ec", false, false);
  public static final Role AKS_RBAC_CLUSTER_ADMIN =
      new Role(
          "Azure Kubernetes Service RBAC Cluster Admin",
          "b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b",
          false,
          true);
  public static final Role AKS_RBAC_ADMIN =
      new Role(
          "Azure Kubernetes Service RBAC Admin",
          "3498e952-d568-435e-9b2c-8d77e338d7f7",
          false,
          true);
  public static final Role AKS_RBAC_WRITER =
      new Role(
          "Azure Kubernetes Service RBAC Writer",
          "a7ffa36f-339b-4b5c-8bdf-e2c188b2c0eb",
          false,
          true);
  public static final Role AKS_RBAC_READER =
      new Role(
          "Azure Kubernetes Service RBAC Reader",
          "7f6c6a51-bcf8-42ba-9220-52d62157d7db",
          false,
          true);
  public static final Role ARC_KUBERNETES_CLUSTER_ADMIN =
      new Role(
          "Azure Arc Kubernetes Cluster Admin",
          "8393591c-06b9-48a2-a542-1bd6b377f6a2",
          false,
          true);

  // --- Security (Key Vault, RBAC permission model) ---
  public static final Role KEY_VAULT_ADMINISTRATOR =
      new Role("Key Vault Administrator", "00482a5a-887f-4fb3-b363-3b7fe8e74483", false, true);
  public static final Role KEY_VAULT_SECRETS_USER =
      new Role("Key Vault Secrets User", "4633458b-17de-408a-b874-0445c86b69e6", false, true);
  public static final Role KEY_VAULT_CRYPTO_USER =
      new Role("Key Vault Crypto User", "12338af0-0e69-4776-bea7-57ae8d297424", false, true);

  // --- Compute and networking (the jumpbox's Entra ID sign-in, an AKS cluster's own subnet) ---
  /** Sign in to a VM with Entra ID as a regular user (the {@code login/action} data action). */
  public static final Role VIRTUAL_MACHINE_USER_LOGIN =
      new Role("Virtual Machine User Login", "fb879df8-f326-4884-b1cf-06f3ad86be52", false, true);

  public static final Role NETWORK_CONTRIBUTOR =
      new Role("Network Contributor", "4d97b98b-1d4f-4787-a291-c67834d212e7", false, false);

  // --- AI + machine learning ---
  public static final Role AZUREML_DATA_SCIENTIST =
      new Role("AzureML Data Scientist", "f6c7c914-8db3-469d-8ca1-694a8f32e121", false, false);
  public static final Role AZUREML_COMPUTE_OPERATOR =
      new Role("AzureML Compute Operator", "e503ece1-11d0-4e8e-8e2c-7a6c3bf38815", false, false);

  private static final List<Role> ALL =
      Stream.of(
              OWNER,
              CONTRIBUTOR,
              READER,
              USER_ACCESS_ADMINISTRATOR,
              RBAC_ADMINISTRATOR,
              STORAGE_BLOB_DATA_OWNER,
              STORAGE_BLOB_DATA_CONTRIBUTOR,
              STORAGE_BLOB_DATA_READER,
              STORAGE_FILE_DATA_PRIVILEGED_CONTRIBUTOR,
              STORAGE_FILE_DATA_PRIVILEGED_READER,
              STORAGE_ACCOUNT_KEY_OPERATOR,
              READER_AND_DATA_ACCESS,
              STORAGE_ACCOUNT_CONTRIBUTOR,
              ACR_PULL,
              ACR_PUSH,
              AKS_RBAC_CLUSTER_ADMIN,
              AKS_RBAC_ADMIN,
              AKS_RBAC_WRITER,
              AKS_RBAC_READER,
              ARC_KUBERNETES_CLUSTER_ADMIN,
              KEY_VAULT_ADMINISTRATOR,
              KEY_VAULT_SECRETS_USER,
              KEY_VAULT_CRYPTO_USER,
              AZUREML_DATA_SCIENTIST,
              AZUREML_COMPUTE_OPERATOR,
              VIRTUAL_MACHINE_USER_LOGIN,
              NETWORK_CONTRIBUTOR)
          .sorted(Comparator.comparing(Role::name))
          .collect(Collectors.toUnmodifiableList());

  private static final Map<String, Role> BY_GUID = index(Role::guid);
  private static final Map<String, Role> BY_NAME = index(Role::name);

  private BuiltInRoles() {}

  private static Map<String, Role> index(Function<Role, String> key) {
    Map<String, Role> m = new TreeMap<>();
    for (Role r : ALL) {
      if (m.put(key.apply(r).toLowerCase(Locale.ROOT), r) != null) {
        throw new IllegalStateException("duplicate role key: " + key.apply(r));
      }
    }
    return m;
  }

  /** Every role in this table, sorted by name. */
  public static List<Role> all() {
    return ALL;
  }

  /** The role with this definition GUID (case-insensitive; surrounding spaces ignored). */
  public static Optional<Role> byGuid(String guid) {
    return guid == null
        ? Optional.empty()
        : Optional.ofNullable(BY_GUID.get(guid.trim().toLowerCase(Locale.ROOT)));
  }

  /** The role with this display name (case-insensitive; surrounding spaces ignored). */
  public static Optional<Role> byName(String name) {
    return name == null
        ? Optional.empty()
        : Optional.ofNullable(BY_NAME.get(name.trim().toLowerCase(Locale.ROOT)));
  }
}
