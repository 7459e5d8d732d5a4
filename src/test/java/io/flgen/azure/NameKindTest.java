package io.flgen.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameKindTest {

  private static Optional<String> v(NameKind k, String name) {
    return k.violation(name);
  }

  @Test
  void storageAccount() {
    assertEquals(Optional.empty(), v(NameKind.STORAGE_ACCOUNT, "flgenstore01"));
    assertEquals(
        Optional.of("is 27 characters, the limit is 24"),
        v(NameKind.STORAGE_ACCOUNT, "a".repeat(27)));
    assertEquals(
        Optional.of("is 2 characters, the minimum is 3"), v(NameKind.STORAGE_ACCOUNT, "ab"));
    assertEquals(
        Optional.of("contains '-', allowed: lowercase letters and digits"),
        v(NameKind.STORAGE_ACCOUNT, "fl-store"));
    assertEquals(
        Optional.of("contains 'S', allowed: lowercase letters and digits"),
        v(NameKind.STORAGE_ACCOUNT, "flStore"));
    assertEquals(Optional.of("is empty"), v(NameKind.STORAGE_ACCOUNT, ""));
    assertEquals(Optional.of("is empty"), v(NameKind.STORAGE_ACCOUNT, null));
    assertTrue(NameKind.STORAGE_ACCOUNT.globallyUnique);
    assertEquals(
        "3-24 lowercase letters and digits, globally unique",
        NameKind.STORAGE_ACCOUNT.description());
  }

  @Test
  void keyVault() {
    assertEquals(Optional.empty(), v(NameKind.KEY_VAULT, "kv-flgen-01"));
    assertEquals(Optional.of("must start with a letter"), v(NameKind.KEY_VAULT, "1kv-flgen"));
    assertEquals(
        Optional.of("must end with a letter or digit"), v(NameKind.KEY_VAULT, "kv-flgen-"));
    assertEquals(
        Optional.of("must not contain consecutive hyphens"), v(NameKind.KEY_VAULT, "kv--flgen"));
    assertEquals(
        Optional.of("contains '_', allowed: letters, digits and hyphens"),
        v(NameKind.KEY_VAULT, "kv_flgen"));
    assertEquals(
        "3-24 letters, digits and hyphens, starting with a letter, ending with a letter or digit, "
            + "no consecutive hyphens, globally unique",
        NameKind.KEY_VAULT.description());
  }

  @Test
  void amlWorkspaceAndCompute() {
    assertEquals(Optional.empty(), v(NameKind.AML_WORKSPACE, "mlw_fl-hub"));
    assertEquals(
        Optional.of("must start with a letter or digit"), v(NameKind.AML_WORKSPACE, "_mlw"));
    assertEquals(
        Optional.of("is 34 characters, the limit is 33"),
        v(NameKind.AML_WORKSPACE, "w".repeat(34)));
    assertEquals(Optional.empty(), v(NameKind.AML_COMPUTE_CLUSTER, "gpu-cluster"));
    assertEquals(Optional.empty(), v(NameKind.AML_COMPUTE_CLUSTER, "cpu1"));
    assertEquals(
        Optional.of("must have a letter after its last hyphen"),
        v(NameKind.AML_COMPUTE_CLUSTER, "gpu-1"));
    assertEquals(Optional.of("must start with a letter"), v(NameKind.AML_COMPUTE_CLUSTER, "1gpu"));
    assertEquals(
        Optional.of("is 25 characters, the limit is 24"),
        v(NameKind.AML_COMPUTE_CLUSTER, "c".repeat(25)));
    assertEquals(Optional.empty(), v(NameKind.AML_ATTACHED_COMPUTE, "k8s-silo1"));
    assertEquals(
        Optional.of("is 17 characters, the limit is 16"),
        v(NameKind.AML_ATTACHED_COMPUTE, "k".repeat(17)));
    assertEquals(Optional.empty(), v(NameKind.AML_DATASTORE, "silo_data_01"));
    assertEquals(
        Optional.of("contains '-', allowed: lowercase letters, digits and underscores"),
        v(NameKind.AML_DATASTORE, "silo-data"));
  }

  @Test
  void registryIdentityNetwork() {
    assertEquals(
        Optional.of("is 4 characters, the minimum is 5"), v(NameKind.CONTAINER_REGISTRY, "acr1"));
    assertEquals(
        Optional.of("contains '-', allowed: letters and digits"),
        v(NameKind.CONTAINER_REGISTRY, "acr-fl"));
    assertEquals(Optional.empty(), v(NameKind.USER_ASSIGNED_IDENTITY, "id_silo-1"));
    assertEquals(Optional.empty(), v(NameKind.VIRTUAL_NETWORK, "vnet.fl_hub-1"));
    assertEquals(
        Optional.of("must end with a letter, digit or underscore"),
        v(NameKind.VIRTUAL_NETWORK, "vnet-"));
    assertEquals(Optional.of("must start with a letter or digit"), v(NameKind.SUBNET, ".snet"));
    assertEquals(Optional.empty(), v(NameKind.SUBNET, "s"));
    assertEquals(
        Optional.of("is 1 character, the minimum is 2"), v(NameKind.PRIVATE_ENDPOINT, "p"));
    assertEquals(
        Optional.of("contains U+0020, allowed: letters, digits, underscores, periods and hyphens"),
        v(NameKind.NETWORK_SECURITY_GROUP, "nsg one"));
    assertEquals(Optional.empty(), v(NameKind.PRIVATE_DNS_ZONE_LINK, "link-vnet_hub"));
  }

  @Test
  void aksResourceGroupDeploymentExtension() {
    assertEquals(Optional.empty(), v(NameKind.AKS_CLUSTER, "aks_silo-1"));
    assertEquals(Optional.of("must end with a letter or digit"), v(NameKind.AKS_CLUSTER, "aks_"));
    assertEquals(Optional.empty(), v(NameKind.RESOURCE_GROUP, "rg-fl(prod)_é"));
    assertEquals(Optional.of("must not end with a period"), v(NameKind.RESOURCE_GROUP, "rg.fl."));
    assertEquals(
        Optional.of("is 91 characters, the limit is 90"),
        v(NameKind.RESOURCE_GROUP, "r".repeat(91)));
    assertEquals(Optional.empty(), v(NameKind.DEPLOYMENT, "flgen.main(2026)_v-1"));
    assertEquals(
        Optional.of(
            "contains '/', allowed: letters, digits, underscores, parentheses, hyphens and periods"),
        v(NameKind.DEPLOYMENT, "flgen/main"));
    assertEquals(Optional.empty(), v(NameKind.K8S_EXTENSION, "azureml"));
    assertEquals(
        Optional.of("contains 'A', allowed: lowercase letters, digits and hyphens"),
        v(NameKind.K8S_EXTENSION, "AzureML"));
  }

  @Test
  void patternAgreesWithViolation() {
    List<String> samples =
        List.of(
            "a",
            "ab",
            "abc",
            "abcde",
            "a-b",
            "a--b",
            "-ab",
            "ab-",
            "a_b",
            "a.b",
            "ab.",
            "Ab1",
            "1ab",
            "gpu-1",
            "gpu-x1",
            "x".repeat(24),
            "x".repeat(25),
            "x".repeat(64),
            "x".repeat(65),
            "a(b)",
            "_ab",
            "ab_",
            "ab c");
    for (NameKind k : NameKind.values()) {
      for (String s : samples) {
        boolean byPattern =
            k.pattern.matcher(s).matches() && s.length() >= k.min && s.length() <= k.max;
        assertEquals(byPattern, k.isValid(s), k + " / " + s + " -> " + k.violation(s));
      }
    }
  }

  @Test
  void facade() {
    assertEquals(NameKind.values().length, NameRules.descriptions().size());
    assertEquals(
        Optional.of("is 27 characters, the limit is 24"),
        NameRules.violation(NameKind.STORAGE_ACCOUNT, "s".repeat(27)));
    assertFalse(NameKind.SUBNET.globallyUnique);
  }

  @Test
  @org.junit.jupiter.api.Timeout(5) // hang guard
  void aVeryLongNameIsRejectedByItsLengthBeforeAnyPattern() {
    // issue 10: long strings must never reach a backtracking regular expression
    String name = "a-".repeat(500_000);
    for (NameKind k : NameKind.values()) {
      assertEquals(
          Optional.of("is 1000000 characters, the limit is " + k.max), k.violation(name), k.name());
    }
  }
}
