package io.flgen.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.azure.BuiltInRoles;
import io.flgen.golden.Blueprints;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The least-privilege model of docs/security-model.md, asserted on the plan. */
class AccessMatrixTest {

  static List<String> blueprints() {
    return Blueprints.renderable();
  }

  private static Plan plan(String name) {
    return Blueprints.plan(name);
  }

  private static List<String> rows(Plan p) {
    return p.grants().stream()
        .map(
            g -> g.principal() + " | " + g.roleName() + " | " + g.targetPath() + " | " + g.access())
        .toList();
  }

  @Test
  void eyesOffMatrixIsExactlyTheDocumentedOne() {
    Plan p = plan("run-eyes-off");
    String orch = "stflrunorch" + p.names().uniqueSuffix();
    String ws = "stflrunws" + p.names().uniqueSuffix();
    String a = "stflrunhospitala" + p.names().uniqueSuffix();
    String b = "stflrunhospitalb" + p.names().uniqueSuffix();
    String c = "stflrunhospitalc" + p.names().uniqueSuffix();
    assertEquals(
        List.of(
            "id-flrun-orchestrator | Storage Blob Data Contributor | "
                + orch
                + "/global-model | write",
            "id-flrun-hospital-a | Storage Blob Data Contributor | " + a + "/data | read-write",
            "id-flrun-hospital-a | Storage Blob Data Contributor | "
                + orch
                + "/updates-hospital-a | write",
            "id-flrun-hospital-a | Storage Blob Data Reader | " + orch + "/global-model | read",
            "id-flrun-orchestrator | Storage Blob Data Reader | "
                + orch
                + "/updates-hospital-a | read",
            "bbbbbbbb-0003-4000-8000-000000000001 | Storage Blob Data Contributor | "
                + a
                + "/data | write",
            "id-flrun-hospital-b | Storage Blob Data Contributor | " + b + "/data | read-write",
            "id-flrun-hospital-b | Storage Blob Data Contributor | "
                + orch
                + "/updates-hospital-b | write",
            "id-flrun-hospital-b | Storage Blob Data Reader | " + orch + "/global-model | read",
            "id-flrun-orchestrator | Storage Blob Data Reader | "
                + orch
                + "/updates-hospital-b | read",
            "bbbbbbbb-0003-4000-8000-000000000002 | Storage Blob Data Contributor | "
                + b
                + "/data | write",
            "id-flrun-hospital-c | Storage Blob Data Contributor | " + c + "/data | read-write",
            "id-flrun-hospital-c | Storage Blob Data Contributor | "
                + orch
                + "/updates-hospital-c | write",
            "id-flrun-hospital-c | Storage Blob Data Reader | " + orch + "/global-model | read",
            "id-flrun-orchestrator | Storage Blob Data Reader | "
                + orch
                + "/updates-hospital-c | read",
            "bbbbbbbb-0003-4000-8000-000000000003 | Storage Blob Data Contributor | "
                + c
                + "/data | write",
            "id-flrun-orchestrator | Storage Blob Data Contributor | " + ws + " | read-write",
            "id-flrun-hospital-a | Storage Blob Data Contributor | " + ws + " | read-write",
            "id-flrun-hospital-b | Storage Blob Data Contributor | " + ws + " | read-write",
            "id-flrun-hospital-c | Storage Blob Data Contributor | " + ws + " | read-write",
            "fl-run-data-scientists | Storage Blob Data Contributor | " + ws + " | read-write",
            "fl-run-data-scientists | Storage File Data Privileged Contributor | "
                + ws
                + " | read-write"),
        rows(p));
  }

  @ParameterizedTest
  @MethodSource("blueprints")
  void orchestratorHasNoGrantOnAnySiloStorage(String name) {
    Plan p = plan(name);
    for (RoleGrant g : p.grants()) {
      if (!g.principalOwner().silo()) {
        assertTrue(
            !p.storage(g.target()).owner().silo(), "orchestrator grant on silo storage: " + g);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("blueprints")
  void noSiloReachesAnotherSilosStorageOrUpdates(String name) {
    Plan p = plan(name);
    for (RoleGrant g : p.grants()) {
      if (!g.principalOwner().silo()) {
        continue;
      }
      StoragePlan target = p.storage(g.target());
      if (target.owner().silo()) {
        assertEquals(g.principalOwner().key(), target.owner().key(), "cross-silo grant: " + g);
      }
      if (g.container().startsWith("updates-")) {
        assertEquals(
            "updates-" + g.principalOwner().key(),
            g.container(),
            "grant on another silo's updates: " + g);
      }
      if (target.role() == io.flgen.plan.StorageRole.EXCHANGE) {
        assertTrue(!g.container().isEmpty(), "silo grant on the whole exchange account: " + g);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("blueprints")
  void noRoleGrantsKeys(String name) {
    for (RoleGrant g : plan(name).grants()) {
      BuiltInRoles.Role r = BuiltInRoles.byGuid(g.roleId()).orElseThrow();
      assertTrue(!r.grantsKeys() && r.dataPlane(), "key-granting or control-plane role: " + g);
    }
  }

  @Test
  void privateStorageHasEndpointAndDeniesPublicAccessAtRun() {
    Plan p = plan("run-eyes-off");
    for (StoragePlan s : p.storages()) {
      if (s.role() != io.flgen.plan.StorageRole.WORKSPACE) {
        assertEquals(Exposure.PRIVATE, s.exposure(), s.name());
        assertTrue(
            p.privateEndpoints().stream()
                .anyMatch(e -> e.target().equals(s.name()) && e.groupId().equals("blob")),
            s.name());
      }
    }
  }

  @Test
  void walkVnetStorageStaysPublicUnderRbac() {
    Plan p = plan("walk-eyes-on");
    assertTrue(p.storages().stream().allMatch(s -> s.exposure().equals(Exposure.PUBLIC)));
    // the only endpoints are the workspace's: computes without node public IPs need one
    // (FLG-AML-002)
    assertEquals(
        List.of("workspace"),
        p.privateEndpoints().stream().map(e -> e.targetKind()).distinct().toList());
    assertTrue(p.computes().stream().noneMatch(ComputePlan::nodePublicIp));
  }

  @Test
  void privateWorkspaceZonesAreLinkedToEveryVnet() {
    Plan p = plan("run-private");
    List<String> vnets = p.vnets().stream().map(VnetPlan::name).sorted().toList();
    assertEquals(
        List.of("vnet-flpriv-bank-north", "vnet-flpriv-bank-south", "vnet-flpriv-orch"), vnets);
    assertEquals(
        List.of(
                "privatelink.api.azureml.ms",
                "privatelink.blob.core.windows.net",
                "privatelink.file.core.windows.net",
                "privatelink.notebooks.azure.net",
                "privatelink.vaultcore.azure.net",
                "privatelink.azurecr.io")
            .stream()
            .sorted()
            .toList(),
        p.dnsZones().stream().map(DnsZonePlan::zone).toList());
    for (DnsZonePlan z : p.dnsZones()) {
      if (z.zone().equals("privatelink.blob.core.windows.net")
          || z.zone().equals("privatelink.vaultcore.azure.net")) {
        assertEquals(vnets, z.links().stream().map(VnetPlan::name).sorted().toList(), z.zone());
      }
    }
  }

  @Test
  void existingStorageGetsGrantsInItsOwnResourceGroupAndIsNeverCreated() {
    Plan p = plan("run-private");
    StoragePlan s = p.storage("stbanksouthdata01");
    assertTrue(s.existing());
    assertEquals(
        new Scope(Scope.HOME, "55555555-5555-5555-5555-555555555555", "rg-bank-south-data"),
        s.scope());
    List<RoleGrant> gs =
        p.grants().stream().filter(g -> g.target().equals(s.name()) && !g.person()).toList();
    assertEquals(1, gs.size());
    assertEquals("id-flpriv-bank-south", gs.get(0).principal());
    assertEquals(s.scope(), gs.get(0).scope());
  }

  @Test
  void addressPlanDerivesSubnetsFromTheAddressSpace() {
    Plan p = plan("walk-eyes-on");
    VnetPlan hub = p.vnets().get(0);
    assertEquals("10.0.0.0/16", hub.addressSpace());
    assertEquals("10.0.0.0/17", hub.computeSubnet().prefix());
    assertEquals("10.0.128.0/18", hub.privateEndpointSubnet().prefix());
    VnetPlan virginia =
        p.vnets().stream()
            .filter(v -> v.name().equals("vnet-flwalk-virginia"))
            .findFirst()
            .orElseThrow();
    assertEquals("10.2.0.0/20", virginia.computeSubnet().prefix());
    assertEquals("10.2.16.0/24", virginia.privateEndpointSubnet().prefix());
    assertEquals(6, p.peerings().size());
  }
}
