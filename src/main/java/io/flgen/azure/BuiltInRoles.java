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

/**
 * Azure built-in role definitions flgen assigns or checks for, read once from {@value #FILE}, one
 * row per constant here, with the source of every name and GUID and what {@code grantsKeys} and
 * {@code dataPlane} mean.
 */
public final class BuiltInRoles {

  static final String FILE = "azure/roles.properties";

  private static final DataTable TABLE =
      DataTable.read(FILE, "name", "guid", "grantsKeys", "dataPlane");

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

    static Role of(DataTable.Row r) {
      return new Role(r.get("name"), r.get("guid"), r.flag("grantsKeys"), r.flag("dataPlane"));
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
  public static final Role OWNER = role("OWNER");
  public static final Role CONTRIBUTOR = role("CONTRIBUTOR");
  public static final Role READER = role("READER");
  public static final Role USER_ACCESS_ADMINISTRATOR = role("USER_ACCESS_ADMINISTRATOR");
  public static final Role RBAC_ADMINISTRATOR = role("RBAC_ADMINISTRATOR");
  // --- Storage ---
  public static final Role STORAGE_BLOB_DATA_OWNER = role("STORAGE_BLOB_DATA_OWNER");
  public static final Role STORAGE_BLOB_DATA_CONTRIBUTOR = role("STORAGE_BLOB_DATA_CONTRIBUTOR");
  public static final Role STORAGE_BLOB_DATA_READER = role("STORAGE_BLOB_DATA_READER");
  public static final Role STORAGE_FILE_DATA_PRIVILEGED_CONTRIBUTOR =
      role("STORAGE_FILE_DATA_PRIVILEGED_CONTRIBUTOR");
  public static final Role STORAGE_FILE_DATA_PRIVILEGED_READER =
      role("STORAGE_FILE_DATA_PRIVILEGED_READER");
  public static final Role STORAGE_ACCOUNT_KEY_OPERATOR = role("STORAGE_ACCOUNT_KEY_OPERATOR");
  public static final Role READER_AND_DATA_ACCESS = role("READER_AND_DATA_ACCESS");
  public static final Role STORAGE_ACCOUNT_CONTRIBUTOR = role("STORAGE_ACCOUNT_CONTRIBUTOR");
  // --- Containers (ACR pull/push are Actions, not DataActions, in the role definitions) ---
  public static final Role ACR_PULL = role("ACR_PULL");
  public static final Role ACR_PUSH = role("ACR_PUSH");
  public static final Role AKS_RBAC_CLUSTER_ADMIN = role("AKS_RBAC_CLUSTER_ADMIN");
  public static final Role AKS_RBAC_ADMIN = role("AKS_RBAC_ADMIN");
  public static final Role AKS_RBAC_WRITER = role("AKS_RBAC_WRITER");
  public static final Role AKS_RBAC_READER = role("AKS_RBAC_READER");
  public static final Role ARC_KUBERNETES_CLUSTER_ADMIN = role("ARC_KUBERNETES_CLUSTER_ADMIN");
  // --- Security (Key Vault, RBAC permission model) ---
  public static final Role KEY_VAULT_ADMINISTRATOR = role("KEY_VAULT_ADMINISTRATOR");
  public static final Role KEY_VAULT_SECRETS_USER = role("KEY_VAULT_SECRETS_USER");
  public static final Role KEY_VAULT_CRYPTO_USER = role("KEY_VAULT_CRYPTO_USER");
  // --- Compute and networking (the jumpbox's Entra ID sign-in, an AKS cluster's own subnet) ---
  public static final Role VIRTUAL_MACHINE_USER_LOGIN = role("VIRTUAL_MACHINE_USER_LOGIN");
  public static final Role NETWORK_CONTRIBUTOR = role("NETWORK_CONTRIBUTOR");
  // --- AI + machine learning ---
  public static final Role AZUREML_DATA_SCIENTIST = role("AZUREML_DATA_SCIENTIST");
  public static final Role AZUREML_COMPUTE_OPERATOR = role("AZUREML_COMPUTE_OPERATOR");

  private static final List<Role> ALL =
      TABLE.rows().values().stream()
          .map(Role::of)
          .sorted(Comparator.comparing(Role::name))
          .collect(Collectors.toUnmodifiableList());

  private static final Map<String, Role> BY_GUID = index(Role::guid);
  private static final Map<String, Role> BY_NAME = index(Role::name);

  private BuiltInRoles() {}

  private static Role role(String id) {
    return Role.of(TABLE.row(id));
  }

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
