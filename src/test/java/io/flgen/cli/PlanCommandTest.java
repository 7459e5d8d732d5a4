package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.cli.ValidateFixturesTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flgen plan}: what a re-render would change, against a previous render's manifest. */
class PlanCommandTest {
  @TempDir Path tmp;

  private static final Path CRAWL = Path.of("blueprints/crawl-sandbox.yaml");
  private static final Path CRAWL_OUT = Path.of("generated-samples/crawl-sandbox");

  private Path edited(String from, String to) throws IOException {
    String text = Files.readString(CRAWL);
    assertTrue(text.contains(from), from);
    Path f = tmp.resolve("crawl.yaml");
    Files.writeString(
        f,
        text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    return f;
  }

  @Test
  void theSameTopologyChangesNothing() {
    Run r = ValidateFixturesTest.run("plan", CRAWL.toString(), "-o", CRAWL_OUT.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals(
        "no changes: a render of " + CRAWL + " writes exactly what " + CRAWL_OUT + " holds\n",
        r.out());
  }

  @Test
  void aRegionChangeReplacesEveryResourceOfThatParty() throws IOException {
    Path f = edited("  region: eastus", "  region: westus3");
    Run r = ValidateFixturesTest.run("plan", f.toString(), "-o", CRAWL_OUT.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "  Microsoft.MachineLearningServices/workspaces mlw-flcrawl (orchestrator): region eastus -> "
                    + "westus3 (a location cannot change in place)\n"),
        r.out());
    assertTrue(r.out().contains("\n  changed infra/main.bicep\n"), r.out());
    assertTrue(
        r.out().endsWith("7 to replace, 0 to add, 0 to remove, 0 access change(s), 2 file(s)\n"),
        r.out());
  }

  @Test
  void hbiIsSetAtCreationOnly() throws IOException {
    Path f = edited("    hbi: false", "    hbi: true");
    Run r = ValidateFixturesTest.run("plan", f.toString(), "-o", CRAWL_OUT.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "  Microsoft.MachineLearningServices/workspaces mlw-flcrawl (orchestrator): hbi false -> true "
                    + "(the high-business-impact flag is set at creation only)\n"),
        r.out());
  }

  @Test
  void aRenamedSiloIsAnotherPartyWithNewResourcesAndAccess() throws IOException {
    Path f = edited("  - name: silo-a\n", "  - name: silo-z\n");
    Run r = ValidateFixturesTest.run("plan", f.toString(), "-o", CRAWL_OUT.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "add (2):\n  Microsoft.ManagedIdentity/userAssignedIdentities id-flcrawl-silo-z (silo-z)\n"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "remove (2):\n  Microsoft.ManagedIdentity/userAssignedIdentities id-flcrawl-silo-a (silo-a)\n"),
        r.out());
    assertTrue(r.out().contains("access added (7):\n"), r.out());
    assertTrue(r.out().contains("access removed (7):\n"), r.out());
  }

  @Test
  void aBumpedDataVersionIsANewAssetVersionToCreate() throws IOException {
    Path walk = Path.of("blueprints/walk-eyes-on.yaml");
    String text = Files.readString(walk);
    String from = "      testing: ct-scans/test\n";
    assertTrue(text.contains(from), from);
    Path f = tmp.resolve("walk.yaml");
    Files.writeString(f, text.replaceFirst(from, from + "      version: 2\n"));
    Run r = ValidateFixturesTest.run("plan", f.toString(), "-o", "generated-samples/walk-eyes-on");
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "data assets (az ml data create the new versions) (2):\n"
                    + "  paris-test: version 1 -> 2\n"
                    + "  paris-train: version 1 -> 2\n"
                    + "files (3):\n"
                    + "  changed aml/data/paris-test.yaml\n"
                    + "  changed aml/data/paris-train.yaml\n"
                    + "  changed aml/pipeline.yaml\n"),
        r.out());
    assertTrue(
        r.out().endsWith("0 to replace, 0 to add, 0 to remove, 0 access change(s), 3 file(s)\n"),
        r.out());
  }

  @Test
  void aRenamedComputeIsReplaced() throws IOException {
    Path f = tmp.resolve("crawl.yaml");
    Files.writeString(f, Files.readString(CRAWL).replace("orch-cpu", "orch-cpu2"));
    Run r = ValidateFixturesTest.run("plan", f.toString(), "-o", CRAWL_OUT.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "  Microsoft.MachineLearningServices/workspaces/computes mlw-flcrawl/orch-cpu (orchestrator) -> "
                    + "mlw-flcrawl/orch-cpu2: a name cannot change in place\n"),
        r.out());
  }

  /**
   * flgen plan of {@code blueprint} with {@code from} replaced by {@code to}, against its sample.
   */
  private Run planEdited(String blueprint, String from, String to) throws IOException {
    String text = Files.readString(Path.of("blueprints", blueprint + ".yaml"));
    assertTrue(text.contains(from), from);
    Path f = tmp.resolve(blueprint + ".yaml");
    Files.writeString(f, text.replace(from, to));
    return ValidateFixturesTest.run(
        "plan", f.toString(), "-o", Path.of("generated-samples", blueprint).toString());
  }

  /** The lines of the replace section, without its title. */
  private static String replaced(Run r) {
    String out = r.out();
    int start = out.indexOf("replace (Azure deletes and creates these again)");
    if (start < 0) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (String line : out.substring(out.indexOf('\n', start) + 1).split("\n")) {
      if (!line.startsWith("  ")) {
        break;
      }
      b.append(line).append('\n');
    }
    return b.toString();
  }

  @Test
  void aStorageTierChangeReplacesTheAccount() throws IOException {
    Run r = planEdited("crawl-sandbox", "    sku: Standard_LRS", "    sku: Premium_LRS");
    assertEquals(1, r.code(), r.out() + r.err());
    assertEquals(
        "  Microsoft.Storage/storageAccounts stflcrawlorchih1rs (orchestrator): sku Standard_LRS -> "
            + "Premium_LRS (the performance tier, Standard or Premium, is set at creation only)\n",
        replaced(r));
  }

  @Test
  void anOmittedStorageIsTheDefaultAccount() throws IOException {
    // rendered without orchestrator.storage (a default Standard_LRS account), then given Premium
    String text = Files.readString(CRAWL);
    Path without = tmp.resolve("without.yaml");
    Files.writeString(without, text.replace("  storage:\n    sku: Standard_LRS\n", ""));
    Path out = tmp.resolve("out");
    assertEquals(
        0, ValidateFixturesTest.run("render", without.toString(), "-o", out.toString()).code());
    Path premium = tmp.resolve("premium.yaml");
    Files.writeString(premium, text.replace("    sku: Standard_LRS", "    sku: Premium_LRS"));
    Run r = ValidateFixturesTest.run("plan", premium.toString(), "-o", out.toString());
    assertEquals(
        "  Microsoft.Storage/storageAccounts stflcrawlorchih1rs (orchestrator): sku Standard_LRS -> "
            + "Premium_LRS (the performance tier, Standard or Premium, is set at creation only)\n",
        replaced(r),
        r.out() + r.err());
  }

  @Test
  void aRedundancyChangeInTheSameTierIsMadeInPlace() throws IOException {
    Run r = planEdited("crawl-sandbox", "    sku: Standard_LRS", "    sku: Standard_GRS");
    assertEquals(1, r.code(), r.out() + r.err());
    assertEquals("", replaced(r), r.out());
    assertTrue(r.out().contains("\n0 to replace, "), r.out());
  }

  @Test
  void aSiloStorageTierChangeFindsTheSiloByName() throws IOException {
    Run r =
        planEdited(
            "run-eyes-off",
            "        sku: Standard_LRS\n        softDeleteDays: 14\n",
            "        sku: Premium_LRS\n        softDeleteDays: 14\n");
    assertEquals(1, r.code(), r.out() + r.err());
    assertEquals(
        "  Microsoft.Storage/storageAccounts stflrunhospitalb14ba0 (hospital-b): sku Standard_LRS -> "
            + "Premium_LRS (the performance tier, Standard or Premium, is set at creation only)\n",
        replaced(r));
  }

  @Test
  void aComputeClusterVmSizeIsSetAtCreationOnly() throws IOException {
    Run r =
        planEdited(
            "crawl-sandbox",
            "    - name: orch-cpu         # the first orchestrator compute runs aggregation\n"
                + "      vmSize: Standard_DS3_v2",
            "    - name: orch-cpu\n      vmSize: Standard_DS4_v2");
    assertEquals(1, r.code(), r.out() + r.err());
    assertEquals(
        "  Microsoft.MachineLearningServices/workspaces/computes mlw-flcrawl/orch-cpu (orchestrator): "
            + "vmSize Standard_DS3_v2 -> Standard_DS4_v2 (a compute cluster's VM size is set at creation only)\n",
        replaced(r));
    // its node counts change in place
    Run n = planEdited("crawl-sandbox", "      minNodes: 0", "      minNodes: 1");
    assertEquals("", replaced(n), n.out());
  }

  @Test
  void aVaultSoftDeleteRetentionIsSetAtCreationOnly() throws IOException {
    Run r =
        planEdited(
            "run-eyes-off",
            "  keyVault:\n    softDeleteDays: 90",
            "  keyVault:\n    softDeleteDays: 30");
    assertEquals(1, r.code(), r.out() + r.err());
    assertEquals(
        "  Microsoft.KeyVault/vaults kv-flrun-14ba0 (orchestrator): softDeleteDays 90 -> 30 (a vault's "
            + "soft-delete retention is set at creation only)\n",
        replaced(r));
  }

  @Test
  void aNewAddressSpaceReplacesTheSubnetsOfItsVnet() throws IOException {
    Run r =
        planEdited(
            "walk-eyes-on",
            "      addressSpace: 10.1.0.0/16  #",
            "      addressSpace: 10.5.0.0/16  #");
    assertEquals(1, r.code(), r.out() + r.err());
    assertEquals(
        "  Microsoft.Network/virtualNetworks vnet-flwalk-paris (paris): addressSpace 10.1.0.0/16 ->"
            + " 10.5.0.0/16 (its subnets' ranges follow it, and a subnet's range changes only while"
            + " nothing is deployed in it: the compute nodes and private endpoints go first)\n",
        replaced(r),
        r.out() + r.err());
  }

  @Test
  void aClusterTurnedPublicIsReplaced() throws IOException {
    Run r =
        planEdited(
            "confidential-aks",
            "      nodeCount: 2\n      privateCluster: true\n",
            "      nodeCount: 2\n      privateCluster: false\n      authorizedIpRanges: [203.0.113.0/24]\n");
    assertEquals(
        "  Microsoft.ContainerService/managedClusters aks-flconf-bank-sev (bank-sev): privateCluster true"
            + " -> false (a cluster's API server is made private or public at creation only)\n",
        replaced(r),
        r.out() + r.err());
  }

  @Test
  void aNodePoolVmSizeIsSetAtCreationOnly() throws IOException {
    Run r =
        planEdited(
            "confidential-aks",
            "      nodeVmSize: Standard_D4ds_v5\n",
            "      nodeVmSize: Standard_D8ds_v5\n");
    assertEquals(1, r.code(), r.out() + r.err());
    assertEquals(
        "  Microsoft.ContainerService/managedClusters/agentPools aks-flconf-bank-sev/system (bank-sev): "
            + "vmSize Standard_D4ds_v5 -> Standard_D8ds_v5 (a node pool's VM size is set at creation only)\n",
        replaced(r));
    Run c =
        planEdited(
            "confidential-aks",
            "        vmSize: Standard_DC4s_v3    # Intel SGX enclaves",
            "        vmSize: Standard_DC8s_v3");
    assertEquals(
        "  Microsoft.ContainerService/managedClusters/agentPools aks-flconf-bank-sgx/confidential (bank-sgx): "
            + "vmSize Standard_DC4s_v3 -> Standard_DC8s_v3 (a node pool's VM size is set at creation only)\n",
        replaced(c),
        c.out() + c.err());
  }

  @Test
  void anAbsentSizeIsTheDefaultSize() throws IOException {
    // bank-sgx's system pool has the default size: naming it is no change, naming another is
    String from =
        "      type: aks\n      privateCluster: true\n      adminGroupObjectId: cccccccc-0007-4000-8000-000000000002";
    String same =
        "      type: aks\n      nodeVmSize: Standard_D4ds_v5\n      privateCluster: true\n"
            + "      adminGroupObjectId: cccccccc-0007-4000-8000-000000000002";
    Run r = planEdited("confidential-aks", from, same);
    assertEquals("", replaced(r), r.out());
    Run other = planEdited("confidential-aks", from, same.replace("D4ds", "D8ds"));
    assertEquals(
        "  Microsoft.ContainerService/managedClusters/agentPools aks-flconf-bank-sgx/system (bank-sgx): "
            + "vmSize Standard_D4ds_v5 -> Standard_D8ds_v5 (a node pool's VM size is set at creation only)\n",
        replaced(other),
        other.out() + other.err());
  }

  @Test
  void aFolderWithoutAManifestIsInvalidInput() {
    Run r = ValidateFixturesTest.run("plan", CRAWL.toString(), "-o", tmp.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertEquals(
        "flgen: "
            + tmp.resolve("flgen-manifest.json")
            + " is not a manifest flgen wrote (missing, or not a regular "
            + "file); render the topology into "
            + tmp
            + " first\n",
        r.err());
  }
}
