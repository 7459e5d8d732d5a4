package io.flgen.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.azure.BuiltInRoles.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BuiltInRolesTest {

  @Test
  void keyGrantingRoleGuids() {
    assertEquals(
        "81a9662b-bebf-436f-a333-f67b29880f12", BuiltInRoles.STORAGE_ACCOUNT_KEY_OPERATOR.guid());
    assertEquals(
        "c12c1c16-33a1-487b-954d-41c89c60f349", BuiltInRoles.READER_AND_DATA_ACCESS.guid());
    assertEquals(
        "17d1049b-9a84-46fb-8f53-869881c3d3ab", BuiltInRoles.STORAGE_ACCOUNT_CONTRIBUTOR.guid());
  }

  @Test
  void wellKnownGuids() {
    assertEquals(
        "ba92f5b4-2d11-453d-a403-e96b0029c9fe", BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR.guid());
    assertEquals(
        "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1", BuiltInRoles.STORAGE_BLOB_DATA_READER.guid());
    assertEquals(
        "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", BuiltInRoles.STORAGE_BLOB_DATA_OWNER.guid());
    assertEquals("8e3af657-a8ff-443c-a75c-2fe8c4bcb635", BuiltInRoles.OWNER.guid());
    assertEquals("b24988ac-6180-42a0-ab88-20f7382dd24c", BuiltInRoles.CONTRIBUTOR.guid());
    assertEquals("acdd72a7-3385-48ef-bd42-f606fba81ae7", BuiltInRoles.READER.guid());
    assertEquals("7f951dda-4ed3-4680-a7ca-43fe172d538d", BuiltInRoles.ACR_PULL.guid());
    assertEquals("8311e382-0749-4cb8-b61a-304f252e45ec", BuiltInRoles.ACR_PUSH.guid());
    assertEquals(
        "4633458b-17de-408a-b874-0445c86b69e6", BuiltInRoles.KEY_VAULT_SECRETS_USER.guid());
    assertEquals(
        "f6c7c914-8db3-469d-8ca1-694a8f32e121", BuiltInRoles.AZUREML_DATA_SCIENTIST.guid());
    assertEquals(
        "e503ece1-11d0-4e8e-8e2c-7a6c3bf38815", BuiltInRoles.AZUREML_COMPUTE_OPERATOR.guid());
    assertEquals(
        "b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b", BuiltInRoles.AKS_RBAC_CLUSTER_ADMIN.guid());
    assertEquals(
        "8393591c-06b9-48a2-a542-1bd6b377f6a2", BuiltInRoles.ARC_KUBERNETES_CLUSTER_ADMIN.guid());
  }

  @Test
  void exactlyTheKeyGrantingRolesGrantKeys() {
    Set<String> granting =
        BuiltInRoles.all().stream()
            .filter(Role::grantsKeys)
            .map(Role::name)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "Owner",
            "Contributor",
            "Storage Account Contributor",
            "Storage Account Key Operator Service Role",
            "Reader and Data Access"),
        granting);
  }

  @Test
  void dataPlane() {
    assertTrue(BuiltInRoles.STORAGE_BLOB_DATA_READER.dataPlane());
    assertTrue(BuiltInRoles.KEY_VAULT_SECRETS_USER.dataPlane());
    assertFalse(BuiltInRoles.ACR_PULL.dataPlane());
    assertFalse(BuiltInRoles.READER_AND_DATA_ACCESS.dataPlane());
  }

  @Test
  void lookups() {
    assertEquals(
        Optional.of(BuiltInRoles.STORAGE_BLOB_DATA_CONTRIBUTOR),
        BuiltInRoles.byGuid("BA92F5B4-2D11-453D-A403-E96B0029C9FE"));
    assertEquals(
        Optional.of(BuiltInRoles.READER_AND_DATA_ACCESS),
        BuiltInRoles.byName("reader and data access"));
    assertEquals(Optional.of(BuiltInRoles.ACR_PULL), BuiltInRoles.byName("AcrPull"));
    assertEquals(Optional.empty(), BuiltInRoles.byName("Storage Blob Data Writer"));
    assertEquals(Optional.empty(), BuiltInRoles.byGuid(null));
  }

  @Test
  void allIsSortedUniqueAndUnmodifiable() {
    List<Role> all = BuiltInRoles.all();
    List<String> names = all.stream().map(Role::name).collect(Collectors.toList());
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(null);
    assertEquals(sorted, names);
    assertEquals(all.size(), new HashSet<>(names).size());
    assertEquals(all.size(), all.stream().map(Role::guid).distinct().count());
    assertThrows(UnsupportedOperationException.class, () -> all.add(BuiltInRoles.OWNER));
    assertEquals(27, all.size());
  }

  @Test
  void roleDefinitionId() {
    assertEquals(
        "/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7",
        BuiltInRoles.READER.roleDefinitionId());
    assertThrows(IllegalArgumentException.class, () -> new Role("x", "not-a-guid", false, false));
  }
}
