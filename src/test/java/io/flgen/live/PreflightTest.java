package io.flgen.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.flgen.bind.TopologyLoader;
import io.flgen.live.preflight.Preflight;
import io.flgen.plan.Plan;
import io.flgen.plan.Planner;
import io.flgen.rules.Result;
import io.flgen.terms.Stage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Preflight against a local HTTPS ARM server on loopback (WireMock), started and stopped here. The
 * answers are written by hand in the shape the ARM REST API reference documents; the SDK reaches
 * the server through a custom AzureEnvironment and a test credential, exactly as it would reach
 * Azure.
 */
class PreflightTest {
  static final Path TOPOLOGY = Path.of("src/test/resources/live/preflight.yaml");
  static final String HOME = "/subscriptions/66666666-6666-6666-6666-666666666666";
  static final String SILO = "/subscriptions/77777777-7777-7777-7777-777777777777";
  static final String EXISTING =
      SILO
          + "/resourceGroups/rg-research-data/providers/Microsoft.Storage/storageAccounts/stresearchdata02";
  static final String ARC =
      HOME
          + "/resourceGroups/rg-hospital-c-arc/providers/Microsoft.Kubernetes/connectedClusters/arc-hospital-c";
  static final String TOKEN = "test-token-must-never-be-printed";

  static WireMockServer arm;
  static TopologyLoader.Result loaded;
  static Plan plan;

  @BeforeAll
  static void start() {
    arm =
        new WireMockServer(
            wireMockConfig().bindAddress("127.0.0.1").httpDisabled(true).dynamicHttpsPort());
    arm.start();
    loaded = TopologyLoader.load(TOPOLOGY, TOPOLOGY.toString(), LocalDate.of(2026, 1, 1));
    plan = Planner.plan(loaded.topology());
  }

  @AfterAll
  static void stop() {
    arm.stop();
  }

  /** Every answer says all is well; each test replaces the one it is about. */
  @BeforeEach
  void healthy() {
    arm.resetAll();
    for (String ns :
        List.of(
            "Microsoft.MachineLearningServices",
            "Microsoft.Storage",
            "Microsoft.Network",
            "Microsoft.KeyVault",
            "Microsoft.ContainerRegistry",
            "Microsoft.ManagedIdentity",
            "Microsoft.Kubernetes",
            "Microsoft.KubernetesConfiguration",
            "Microsoft.ExtendedLocation")) {
      arm.stubFor(
          get(urlPathEqualTo(HOME + "/providers/" + ns))
              .willReturn(okJson(provider(ns, "Registered"))));
    }
    arm.stubFor(
        post(urlPathEqualTo(HOME + "/providers/Microsoft.Storage/checkNameAvailability"))
            .willReturn(okJson("{\"nameAvailable\": true}")));
    arm.stubFor(
        post(urlPathEqualTo(HOME + "/providers/Microsoft.KeyVault/checkNameAvailability"))
            .willReturn(okJson("{\"nameAvailable\": true}")));
    arm.stubFor(
        get(urlPathEqualTo(HOME + "/providers/Microsoft.KeyVault/deletedVaults"))
            .willReturn(okJson("{\"value\": []}")));
    arm.stubFor(
        get(urlPathEqualTo(EXISTING))
            .willReturn(okJson(account("Disabled", false, "TLS1_2", "Deny"))));
    arm.stubFor(
        get(urlPathEqualTo(EXISTING + "/blobServices/default"))
            .willReturn(okJson(blobService(true, 7))));
    arm.stubFor(get(urlPathEqualTo(ARC)).willReturn(okJson(connectedCluster("Connected"))));
    arm.stubFor(
        get(urlPathMatching(
                "(?i).*/resourcegroups/[^/]+/providers/Microsoft.Authorization/permissions"))
            .willReturn(okJson(permissions("[\"*\"]", "[]"))));
    // Resources - List: https://learn.microsoft.com/en-us/rest/api/resources/resources/list
    arm.stubFor(
        get(urlPathEqualTo(HOME + "/resources"))
            .willReturn(
                okJson("{\"value\": [" + listed(OWN_VNET) + ", " + listed(HUB_VNET) + "]}")));
    arm.stubFor(get(urlPathEqualTo(OWN_VNET)).willReturn(okJson(vnet(OWN_VNET, "10.30.0.0/16"))));
    arm.stubFor(get(urlPathEqualTo(HUB_VNET)).willReturn(okJson(vnet(HUB_VNET, "10.100.0.0/16"))));
    // Registries - Check Name Availability:
    // https://learn.microsoft.com/en-us/rest/api/containerregistry/registries/check-name-availability
    arm.stubFor(
        post(urlPathEqualTo(HOME + "/providers/Microsoft.ContainerRegistry/checkNameAvailability"))
            .withRequestBody(
                equalToJson(
                    "{\"name\": \"crflprelqx98\", \"type\": \"Microsoft.ContainerRegistry/registries\"}"))
            .willReturn(okJson("{\"nameAvailable\": true}")));
    skus(
        "westeurope",
        "{\"value\": ["
            + vmSku("Standard_D4s_v5", "standardDSv5Family", 4, "")
            + ", "
            + vmSku("Standard_B2s", "standardBSFamily", 2, "")
            + "]}");
    skus(
        "northeurope",
        "{\"value\": [" + vmSku("Standard_D8s_v5", "standardDSv5Family", 8, "") + "]}");
    usages("westeurope", 0, 100);
    usages("northeurope", 0, 100);
    vmUsages("westeurope", 0, 0);
  }

  // Usage - List (Compute): https://learn.microsoft.com/en-us/rest/api/compute/usage/list
  static void vmUsages(String region, int cores, int bsFamily) {
    arm.stubFor(
        get(urlPathEqualTo(HOME + "/providers/Microsoft.Compute/locations/" + region + "/usages"))
            .willReturn(
                okJson(
                    "{\"value\": [{\"unit\": \"Count\", \"currentValue\": "
                        + cores
                        + ", \"limit\": 10, \"name\": {\"value\": \"cores\", \"localizedValue\": \"Total Regional "
                        + "vCPUs\"}}, {\"unit\": \"Count\", \"currentValue\": 2, \"limit\": 25000, \"name\": {\"value\": "
                        + "\"virtualMachines\", \"localizedValue\": \"Virtual Machines\"}}, {\"unit\": \"Count\", "
                        + "\"currentValue\": "
                        + bsFamily
                        + ", \"limit\": 10, \"name\": {\"value\": \"standardBSFamily\", \"localizedValue\": "
                        + "\"Standard BS Family vCPUs\"}}]}")));
  }

  /** The Resource SKUs answer for one region's $filter. */
  static void skus(String region, String body) {
    arm.stubFor(
        get(urlPathEqualTo(HOME + "/providers/Microsoft.Compute/skus"))
            .withQueryParam("$filter", equalTo("location eq '" + region + "'"))
            .willReturn(okJson(body)));
  }

  // Resource Skus - List: https://learn.microsoft.com/en-us/rest/api/compute/resource-skus/list
  static String vmSku(String name, String family, int vCpus, String restrictions) {
    return "{\"resourceType\": \"virtualMachines\", \"name\": \""
        + name
        + "\", \"tier\": \"Standard\", \"size\": \""
        + name.substring("Standard_".length())
        + "\", \"family\": \""
        + family
        + "\", \"locations\": [\"westeurope\"], \"locationInfo\": [{\"location\": \"westeurope\", \"zones\": "
        + "[\"1\", \"2\", \"3\"], \"zoneDetails\": []}], \"capabilities\": [{\"name\": \"vCPUs\", \"value\": \""
        + vCpus
        + "\"}, {\"name\": \"MemoryGB\", \"value\": \""
        + (vCpus * 4)
        + "\"}], \"restrictions\": ["
        + restrictions
        + "]}";
  }

  static String restriction(String type, String region, String reason) {
    return "{\"type\": \""
        + type
        + "\", \"values\": [\""
        + (type.equals("Zone") ? "1" : region)
        + "\"], \"restrictionInfo\": {\"locations\": [\""
        + region
        + "\"]"
        + (type.equals("Zone") ? ", \"zones\": [\"1\"]" : "")
        + "}, \"reasonCode\": \""
        + reason
        + "\"}";
  }

  // Usages - List (Azure ML): https://learn.microsoft.com/en-us/rest/api/azureml/usages/list
  static void usages(String region, int current, int limit) {
    arm.stubFor(
        get(urlPathEqualTo(
                HOME
                    + "/providers/Microsoft.MachineLearningServices/locations/"
                    + region
                    + "/usages"))
            .willReturn(
                okJson(
                    "{\"value\": [{\"id\": \""
                        + HOME
                        + "/providers/Microsoft.MachineLearningServices/locations/"
                        + region
                        + "/usages/totalCores\", \"type\": \"Microsoft.MachineLearningServices/totalCores/usages\","
                        + " \"unit\": \"Count\", \"currentValue\": "
                        + current
                        + ", \"limit\": 200, \"name\": {\"value\": \"Total Cores\", \"localizedValue\": "
                        + "\"Total Regional vCPUs\"}}, {\"id\": \""
                        + HOME
                        + "/providers/Microsoft.MachineLearningServices/locations/"
                        + region
                        + "/usages/standardDSv5Family\", \"type\": \"Microsoft.MachineLearningServices/vmFamily/usages\","
                        + " \"unit\": \"Count\", \"currentValue\": "
                        + current
                        + ", \"limit\": "
                        + limit
                        + ", \"name\": {\"value\": \"standardDSv5Family\", \"localizedValue\": "
                        + "\"Standard DSv5 Family vCPUs\"}}]}")));
  }

  static final String OWN_VNET =
      HOME
          + "/resourceGroups/rg-fl-preflight/providers/Microsoft.Network/virtualNetworks/vnet-flpre-orch";
  static final String HUB_VNET =
      HOME + "/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub";

  static String listed(String id) {
    return "{\"id\": \""
        + id
        + "\", \"name\": \""
        + id.substring(id.lastIndexOf('/') + 1)
        + "\", \"type\": "
        + "\"Microsoft.Network/virtualNetworks\", \"location\": \"westeurope\"}";
  }

  // Virtual Networks - Get:
  // https://learn.microsoft.com/en-us/rest/api/virtualnetwork/virtual-networks/get
  static String vnet(String id, String prefix) {
    return "{\"id\": \""
        + id
        + "\", \"name\": \""
        + id.substring(id.lastIndexOf('/') + 1)
        + "\", \"type\": "
        + "\"Microsoft.Network/virtualNetworks\", \"location\": \"westeurope\", \"properties\": {\"provisioningState\": "
        + "\"Succeeded\", \"addressSpace\": {\"addressPrefixes\": [\""
        + prefix
        + "\"]}, \"subnets\": [],"
        + " \"virtualNetworkPeerings\": [], \"enableDdosProtection\": false}}";
  }

  // Permissions - List For Resource Group:
  // https://learn.microsoft.com/en-us/rest/api/authorization/permissions/list-for-resource-group
  static String permissions(String actions, String notActions) {
    return "{\"value\": [{\"actions\": "
        + actions
        + ", \"notActions\": "
        + notActions
        + ", \"dataActions\": [], \"notDataActions\": []}]}";
  }

  // Provider - Get: https://learn.microsoft.com/en-us/rest/api/resources/providers/get
  static String provider(String ns, String state) {
    return "{\"id\": \""
        + HOME
        + "/providers/"
        + ns
        + "\", \"namespace\": \""
        + ns
        + "\", \"registrationState\": \""
        + state
        + "\", \"resourceTypes\": []}";
  }

  // Storage Accounts - Get Properties:
  // https://learn.microsoft.com/en-us/rest/api/storagerp/storage-accounts/get-properties
  static String account(
      String publicNetworkAccess, boolean sharedKey, String tls, String defaultAction) {
    return "{\"id\": \""
        + EXISTING
        + "\", \"name\": \"stresearchdata02\", \"type\": \"Microsoft.Storage/storageAccounts\","
        + " \"location\": \"northeurope\", \"kind\": \"StorageV2\", \"sku\": {\"name\": \"Standard_ZRS\", \"tier\": \"Standard\"},"
        + " \"properties\": {\"provisioningState\": \"Succeeded\", \"publicNetworkAccess\": \""
        + publicNetworkAccess
        + "\","
        + " \"allowSharedKeyAccess\": "
        + sharedKey
        + ", \"minimumTlsVersion\": \""
        + tls
        + "\","
        + " \"allowBlobPublicAccess\": false, \"allowCrossTenantReplication\": false, \"supportsHttpsTrafficOnly\": true,"
        + " \"defaultToOAuthAuthentication\": true, \"networkAcls\": {\"bypass\": \"AzureServices\", \"defaultAction\": \""
        + defaultAction
        + "\", \"ipRules\": [], \"virtualNetworkRules\": []}}}";
  }

  // Blob Services - Get Service Properties:
  // https://learn.microsoft.com/en-us/rest/api/storagerp/blob-services/get-service-properties
  static String blobService(boolean enabled, int days) {
    return "{\"id\": \""
        + EXISTING
        + "/blobServices/default\", \"name\": \"default\", \"type\": "
        + "\"Microsoft.Storage/storageAccounts/blobServices\", \"properties\": {\"deleteRetentionPolicy\": {\"enabled\": "
        + enabled
        + ", \"days\": "
        + days
        + "}, \"containerDeleteRetentionPolicy\": {\"enabled\": "
        + enabled
        + ", \"days\": "
        + days
        + "}}}";
  }

  // Connected Cluster - Get:
  // https://learn.microsoft.com/en-us/rest/api/hybridkubernetes/connected-cluster/get
  static String connectedCluster(String status) {
    return "{\"id\": \""
        + ARC
        + "\", \"name\": \"arc-hospital-c\", \"type\": \"Microsoft.Kubernetes/connectedClusters\","
        + " \"location\": \"westeurope\", \"identity\": {\"type\": \"SystemAssigned\"}, \"properties\": {"
        + "\"agentPublicKeyCertificate\": \"\", \"provisioningState\": \"Succeeded\", \"connectivityStatus\": \""
        + status
        + "\"}}";
  }

  // Vaults - List Deleted:
  // https://learn.microsoft.com/en-us/rest/api/keyvault/keyvault/vaults/list-deleted
  static String deletedVault(String name) {
    return "{\"id\": \""
        + HOME
        + "/providers/Microsoft.KeyVault/locations/westeurope/deletedVaults/"
        + name
        + "\","
        + " \"name\": \""
        + name
        + "\", \"type\": \"Microsoft.KeyVault/deletedVaults\", \"properties\": {\"vaultId\": \""
        + HOME
        + "/resourceGroups/rg-old/providers/Microsoft.KeyVault/vaults/"
        + name
        + "\", \"location\": \"westeurope\","
        + " \"deletionDate\": \"2026-01-10T08:00:00Z\", \"scheduledPurgeDate\": \"2026-04-10T08:00:00Z\", \"tags\": {}}}";
  }

  static Preflight.Outcome preflight(Duration timeout) {
    return Preflight.run(
        plan, loaded.sourceMap(), Stage.RUN, true, LocalArm.arm(arm, TOKEN, timeout));
  }

  static List<String> findings(Preflight.Outcome o) {
    return o.report().results().stream()
        .map((Result r) -> r.finding().ruleId() + " " + r.location() + " " + r.finding().message())
        .toList();
  }

  static List<String> inconclusive(Preflight.Outcome o) {
    return o.inconclusive().stream()
        .map(i -> i.check() + " | " + i.target() + " | " + i.reason())
        .toList();
  }

  @Test
  void everyCheckPassesOnAHealthySubscription() {
    Preflight.Outcome o = preflight(Duration.ofSeconds(10));
    assertEquals(List.of(), arm.findAllUnmatchedRequests());
    assertEquals(List.of(), inconclusive(o));
    assertEquals(List.of(), findings(o));
    assertEquals(
        "{Arc cluster connected=1, Azure ML vCPU quota=2, VM sizes offered=2, container registry name free=1, "
            + "deployer permissions=2, existing VNet address spaces=1, existing storage account settings=1, "
            + "key vault name free=2, resource provider registered=9, soft-deleted key vaults=1, "
            + "storage account name free=2, virtual machine vCPU quota=1}",
        new java.util.TreeMap<>(o.checks()).toString());
  }

  @Test
  void unregisteredProviderIsAFinding() {
    arm.stubFor(
        get(urlPathEqualTo(HOME + "/providers/Microsoft.MachineLearningServices"))
            .willReturn(okJson(provider("Microsoft.MachineLearningServices", "NotRegistered"))));
    assertEquals(
        List.of(
            "FLG-PRE-002 src/test/resources/live/preflight.yaml:13:3 Microsoft.MachineLearningServices is "
                + "NotRegistered in subscription 66666666-6666-6666-6666-666666666666, not Registered"),
        findings(preflight(Duration.ofSeconds(10))));
  }

  @Test
  void takenNamesAndSoftDeletedVaultsAreFindings() {
    // Storage Accounts - Check Name Availability:
    // https://learn.microsoft.com/en-us/rest/api/storagerp/storage-accounts/check-name-availability
    arm.stubFor(
        post(urlPathEqualTo(HOME + "/providers/Microsoft.Storage/checkNameAvailability"))
            .willReturn(
                okJson(
                    "{\"nameAvailable\": false, \"reason\": \"AlreadyExists\", \"message\": \"The storage account "
                        + "named stflpreorchlqx98 is already taken.\"}")));
    // the deleted vaults come in two pages joined by nextLink
    arm.stubFor(
        get(urlPathEqualTo(HOME + "/providers/Microsoft.KeyVault/deletedVaults"))
            .willReturn(
                okJson(
                    "{\"value\": ["
                        + deletedVault("kv-other")
                        + "], \"nextLink\": \""
                        + arm.baseUrl()
                        + HOME
                        + "/providers/Microsoft.KeyVault/deletedVaults/page2?api-version=2023-07-01\"}")));
    arm.stubFor(
        get(urlPathEqualTo(HOME + "/providers/Microsoft.KeyVault/deletedVaults/page2"))
            .willReturn(okJson("{\"value\": [" + deletedVault("kv-flpre-lqx98") + "]}")));
    List<String> f = findings(preflight(Duration.ofSeconds(10)));
    assertTrue(
        f.contains(
            "FLG-PRE-001 src/test/resources/live/preflight.yaml:25:13 key vault name kv-flpre-lqx98 is held by "
                + "a soft-deleted vault in westeurope until 2026-04-10"),
        f::toString);
    assertTrue(
        f.contains(
            "FLG-PRE-001 src/test/resources/live/preflight.yaml:13:3 storage account name stflpreorchlqx98 "
                + "is taken (AlreadyExists)"),
        f::toString);
    assertEquals(3, f.size(), f::toString);
  }

  @Test
  void aLivePublicExistingSiloAccountIsAnOrdinaryStorageFinding() {
    arm.stubFor(
        get(urlPathEqualTo(EXISTING))
            .willReturn(okJson(account("Enabled", true, "TLS1_0", "Allow"))));
    arm.stubFor(
        get(urlPathEqualTo(EXISTING + "/blobServices/default"))
            .willReturn(okJson(blobService(false, 0))));
    List<String> f = findings(preflight(Duration.ofSeconds(10)));
    String at = " src/test/resources/live/preflight.yaml:40:9 ";
    assertEquals(
        List.of(
            "FLG-STO-002"
                + at
                + "stresearchdata02 allows shared key access (allowSharedKeyAccess: true)",
            "FLG-STO-003"
                + at
                + "stresearchdata02 accepts TLS below 1.2 (minimumTlsVersion: TLS1_0)",
            "FLG-STO-005"
                + at
                + "stresearchdata02 accepts public network traffic although silo existing-b uses network mode vnet",
            "FLG-STO-008" + at + "stresearchdata02 has network ACL default action Allow",
            "FLG-STO-009"
                + at
                + "stresearchdata02 has blob and container soft delete off (softDeleteDays: 0)"),
        f);
  }

  @Test
  void missingExistingAccountAndDisconnectedArcClusterAreFindings() {
    arm.stubFor(
        get(urlPathEqualTo(EXISTING))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\": {\"code\": \"ResourceNotFound\", \"message\": \"The Resource was not found.\"}}")));
    arm.stubFor(get(urlPathEqualTo(ARC)).willReturn(okJson(connectedCluster("Offline"))));
    List<String> f = findings(preflight(Duration.ofSeconds(10)));
    assertEquals(
        List.of(
            "FLG-PRE-003 src/test/resources/live/preflight.yaml:40:9 existing storage account stresearchdata02 was not found in "
                + "resource group rg-research-data of subscription 77777777-7777-7777-7777-777777777777",
            "FLG-PRE-004 src/test/resources/live/preflight.yaml:58:7 Arc cluster arc-hospital-c is Offline, not Connected"),
        f);
  }

  @Test
  void aContributorDeployerCannotWriteRoleAssignments() {
    // Contributor's permissions: everything but writing and deleting authorization objects
    arm.stubFor(
        get(urlPathMatching(
                "(?i)"
                    + HOME
                    + "/resourcegroups/rg-fl-preflight/providers/Microsoft.Authorization/permissions"))
            .willReturn(
                okJson(
                    permissions(
                        "[\"*\"]",
                        "[\"Microsoft.Authorization/*/Delete\", \"Microsoft.Authorization/*/Write\","
                            + " \"Microsoft.Authorization/elevateAccess/Action\"]"))));
    // a group that is not there (one the deployment creates) is not checked: no finding, not
    // inconclusive
    arm.stubFor(
        get(urlPathMatching(
                "(?i)"
                    + SILO
                    + "/resourcegroups/rg-research-data/providers/Microsoft.Authorization/permissions"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\": {\"code\": \"ResourceGroupNotFound\", \"message\": \"Resource group not found.\"}}")));
    Preflight.Outcome o = preflight(Duration.ofSeconds(10));
    assertEquals(List.of(), inconclusive(o));
    assertEquals(
        List.of(
            "FLG-PRE-005 src/test/resources/live/preflight.yaml:13:3 the signed-in identity may not "
                + "Microsoft.Authorization/roleAssignments/write in resource group rg-fl-preflight of subscription "
                + "66666666-6666-6666-6666-666666666666"),
        findings(o));
  }

  @Test
  void aPlannedVnetOverlappingAnExistingOneIsAFinding() {
    arm.stubFor(get(urlPathEqualTo(HUB_VNET)).willReturn(okJson(vnet(HUB_VNET, "10.30.128.0/20"))));
    assertEquals(
        List.of(
            "FLG-PRE-006 src/test/resources/live/preflight.yaml:20:5 vnet-flpre-orch (10.30.0.0/16) overlaps "
                + "existing VNet vnet-hub (10.30.128.0/20) in resource group rg-hub of subscription "
                + "66666666-6666-6666-6666-666666666666"),
        findings(preflight(Duration.ofSeconds(10))));
  }

  @Test
  void vmSizesNotOfferedOrRestrictedForTheSubscriptionAreFindings() {
    // westeurope: two pages (nextLink), neither with the cluster's size
    skus(
        "westeurope",
        "{\"value\": ["
            + vmSku("Standard_D2s_v5", "standardDSv5Family", 2, "")
            + "], \"nextLink\": \""
            + arm.baseUrl()
            + HOME
            + "/providers/Microsoft.Compute/skus/page2?api-version=2021-07-01\"}");
    arm.stubFor(
        get(urlPathEqualTo(HOME + "/providers/Microsoft.Compute/skus/page2"))
            .willReturn(
                okJson(
                    "{\"value\": ["
                        + vmSku("Standard_E4s_v5", "standardESv5Family", 4, "")
                        + "]}")));
    skus(
        "northeurope",
        "{\"value\": ["
            + vmSku(
                "Standard_D8s_v5",
                "standardDSv5Family",
                8,
                restriction("Location", "northeurope", "NotAvailableForSubscription"))
            + "]}");
    Preflight.Outcome o = preflight(Duration.ofSeconds(10));
    assertEquals(List.of(), inconclusive(o));
    assertEquals(
        List.of(
            "FLG-PRE-007 src/test/resources/live/preflight.yaml:23:7 Standard_D4s_v5 of compute orch-cpu is not "
                + "offered in westeurope (Resource SKUs of subscription 66666666-6666-6666-6666-666666666666)",
            "FLG-PRE-007 src/test/resources/live/preflight.yaml:36:9 Standard_D8s_v5 of compute exist-b-cpu is "
                + "restricted in northeurope for subscription 66666666-6666-6666-6666-666666666666 "
                + "(NotAvailableForSubscription)",
            "FLG-PRE-007 src/test/resources/live/preflight.yaml:92:5 Standard_B2s of jumpbox vm-flpre-jumpbox is "
                + "not offered in westeurope (Resource SKUs of subscription 66666666-6666-6666-6666-666666666666)"),
        findings(o));
    arm.verify(getRequestedFor(urlPathEqualTo(HOME + "/providers/Microsoft.Compute/skus/page2")));
  }

  /** A nextLink to another host would carry the token there: the list is not followed. */
  @Test
  void aNextLinkToAnotherHostIsNotFollowed() {
    skus(
        "northeurope",
        "{\"value\": [], \"nextLink\": \"https://127.0.0.2:"
            + arm.httpsPort()
            + HOME
            + "/providers/Microsoft.Compute/skus/page2?api-version=2021-07-01\"}");
    Preflight.Outcome o = preflight(Duration.ofSeconds(10));
    String reason =
        "a page's nextLink leaves the resource manager endpoint: not followed, so the token goes to no "
            + "other host";
    assertEquals(
        List.of(
            "Azure ML vCPU quota | northeurope in subscription 66666666-6666-6666-6666-666666666666 | "
                + reason,
            "VM sizes offered | northeurope in subscription 66666666-6666-6666-6666-666666666666 | "
                + reason),
        inconclusive(o));
    arm.verify(
        0, getRequestedFor(urlPathEqualTo(HOME + "/providers/Microsoft.Compute/skus/page2")));
  }

  @Test
  void aNextLinkMustKeepTheEndpointsSchemeHostAndPort() {
    String arm = "https://management.azure.com/";
    assertTrue(Arm.sameHost("https://management.azure.com/subscriptions/x?page=2", arm));
    assertTrue(Arm.sameHost("https://MANAGEMENT.azure.com/subscriptions/x", arm));
    assertFalse(Arm.sameHost("https://management.azure.com.evil.example/x", arm));
    assertFalse(Arm.sameHost("https://management.azure.com:8443/x", arm));
    assertFalse(Arm.sameHost("http://management.azure.com/x", arm));
    assertFalse(Arm.sameHost("https://user@management.azure.com/x", arm));
    assertFalse(Arm.sameHost("not a url at all", arm));
  }

  @Test
  void aZoneRestrictionDoesNotMakeASizeUnavailable() {
    skus(
        "westeurope",
        "{\"value\": ["
            + vmSku(
                "Standard_D4s_v5",
                "standardDSv5Family",
                4,
                restriction("Zone", "westeurope", "NotAvailableForSubscription"))
            + ", "
            + vmSku("Standard_B2s", "standardBSFamily", 2, "")
            + "]}");
    Preflight.Outcome o = preflight(Duration.ofSeconds(10));
    assertEquals(List.of(), inconclusive(o));
    assertEquals(List.of(), findings(o));
  }

  @Test
  void tooLittleAzureMlQuotaForTheMaximumNodesIsAFinding() {
    usages("westeurope", 94, 100);
    assertEquals(
        List.of(
            "FLG-PRE-008 src/test/resources/live/preflight.yaml:23:7 standardDSv5Family vCPUs in westeurope: up "
                + "to 16 needed (compute orch-cpu 4 x 4) but the Azure ML quota has 6 of 100 left in "
                + "subscription 66666666-6666-6666-6666-666666666666"),
        findings(preflight(Duration.ofSeconds(10))));
  }

  /** The calls made without an SDK manager share its pipeline: Retry-After, then the answer. */
  @Test
  void aThrottledUsageListIsRetriedAfterRetryAfterAndAMalformedOneIsInconclusive() {
    String usages =
        HOME + "/providers/Microsoft.MachineLearningServices/locations/westeurope/usages";
    arm.stubFor(
        get(urlPathEqualTo(usages))
            .inScenario("throttled usages")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "1")
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\": {\"code\": \"TooManyRequests\", \"message\": \"Too many requests.\"}}"))
            .willSetStateTo("cooled"));
    arm.stubFor(
        get(urlPathEqualTo(usages))
            .inScenario("throttled usages")
            .whenScenarioStateIs("cooled")
            .willReturn(okJson("{\"value\": []}")));
    arm.stubFor(
        get(urlPathEqualTo(
                HOME + "/providers/Microsoft.MachineLearningServices/locations/northeurope/usages"))
            .willReturn(okJson("{\"value\": [{\"type\": ")));
    Preflight.Outcome o = preflight(Duration.ofSeconds(20));
    arm.verify(2, getRequestedFor(urlPathEqualTo(usages)));
    assertEquals(
        List.of(
            "Azure ML vCPU quota | northeurope in subscription 66666666-6666-6666-6666-666666666666 | "
                + "unreadable answer (HTTP 200 with a body that is not the expected JSON)"),
        inconclusive(o));
    // westeurope answered after the retry, with no quota listed for the family: limit 0
    assertEquals(
        List.of(
            "FLG-PRE-008 src/test/resources/live/preflight.yaml:23:7 standardDSv5Family vCPUs in westeurope: up "
                + "to 16 needed (compute orch-cpu 4 x 4) but no Azure ML quota is listed for them in "
                + "subscription 66666666-6666-6666-6666-666666666666"),
        findings(o));
  }

  /** The jumpbox is a virtual machine: its family's quota and the region's total both bind. */
  @Test
  void aJumpboxBeyondTheVirtualMachineQuotaIsAFinding() {
    vmUsages("westeurope", 9, 10);
    assertEquals(
        List.of(
            "FLG-PRE-008 src/test/resources/live/preflight.yaml:92:5 Total Regional vCPUs in westeurope: up to 2 "
                + "needed (jumpbox vm-flpre-jumpbox 1 x 2) but the virtual machine quota has 1 of 10 left in "
                + "subscription 66666666-6666-6666-6666-666666666666",
            "FLG-PRE-008 src/test/resources/live/preflight.yaml:92:5 standardBSFamily vCPUs in westeurope: up to 2 "
                + "needed (jumpbox vm-flpre-jumpbox 1 x 2) but the virtual machine quota has 0 of 10 left in "
                + "subscription 66666666-6666-6666-6666-666666666666"),
        findings(preflight(Duration.ofSeconds(10))));
  }

  @Test
  void aTakenRegistryNameIsAFinding() {
    arm.stubFor(
        post(urlPathEqualTo(HOME + "/providers/Microsoft.ContainerRegistry/checkNameAvailability"))
            .willReturn(
                okJson(
                    "{\"nameAvailable\": false, \"reason\": \"AlreadyExists\", \"message\": \"The registry "
                        + "crflprelqx98 is already in use.\"}")));
    assertEquals(
        List.of(
            "FLG-PRE-001 src/test/resources/live/preflight.yaml:18:5 container registry name crflprelqx98 is "
                + "taken (AlreadyExists)"),
        findings(preflight(Duration.ofSeconds(10))));
  }

  @Test
  void aForbiddenSkuListLeavesBothVmChecksOfTheRegionInconclusive() {
    arm.stubFor(
        get(urlPathEqualTo(HOME + "/providers/Microsoft.Compute/skus"))
            .withQueryParam("$filter", equalTo("location eq 'northeurope'"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\": {\"code\": \"AuthorizationFailed\", \"message\": \"no read on "
                            + "Microsoft.Compute/skus with "
                            + TOKEN
                            + "\"}}")));
    Preflight.Outcome o = preflight(Duration.ofSeconds(10));
    String denied =
        "permission denied (HTTP 403 AuthorizationFailed): the signed-in identity may not read this";
    assertEquals(
        List.of(
            "Azure ML vCPU quota | northeurope in subscription 66666666-6666-6666-6666-666666666666 | "
                + denied,
            "VM sizes offered | northeurope in subscription 66666666-6666-6666-6666-666666666666 | "
                + denied),
        inconclusive(o));
    assertFalse(inconclusive(o).toString().contains(TOKEN));
  }

  /**
   * The custom role on the preflight and audit pages is one role, and grants the permission every
   * call in their tables needs.
   */
  @Test
  void theDocumentedRoleCoversEveryDocumentedCall() throws Exception {
    String pre = java.nio.file.Files.readString(Path.of("docs/commands/preflight.md"));
    String audit = java.nio.file.Files.readString(Path.of("docs/commands/audit.md"));
    List<String> role = roleActions(pre);
    assertEquals(role, roleActions(audit));
    List<String> needed = new java.util.ArrayList<>(permissions(pre, "## Checks", 3));
    needed.addAll(permissions(audit, "## Calls and permissions", 2));
    assertTrue(needed.size() >= 20, needed::toString);
    for (String p : needed) {
      assertTrue(role.stream().anyMatch(a -> Preflight.matches(a, p)), p + " is not in the role");
    }
  }

  static List<String> roleActions(String md) {
    String json =
        md.substring(md.indexOf("```json\n") + 8, md.indexOf("```", md.indexOf("```json") + 7));
    List<String> actions = new java.util.ArrayList<>();
    tools.jackson.databind.json.JsonMapper.builder()
        .build()
        .readTree(json)
        .get("Actions")
        .forEach(a -> actions.add(a.asString()));
    return actions;
  }

  /** The backticked permissions in one column of the table under a heading. */
  static List<String> permissions(String md, String heading, int column) {
    String section = md.substring(md.indexOf(heading));
    section = section.substring(0, section.indexOf("\n## ", 3));
    List<String> out = new java.util.ArrayList<>();
    for (String line : section.split("\n")) {
      if (!line.startsWith("| ") || line.startsWith("| Check ") || line.startsWith("| Call ")) {
        continue;
      }
      String cell = line.split(" \\| ")[column - 1];
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("`(Microsoft\\.[^`]+)`").matcher(cell);
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /**
   * The local server is reached only through what a sovereign cloud would also use (an
   * AzureEnvironment, a credential, an HTTP client): no main class names WireMock, loopback or a
   * trust-everything certificate manager.
   */
  @Test
  void nothingInTheMainCodeKnowsItIsAMock() throws Exception {
    List<String> tells =
        List.of("wiremock", "mock", "127.0.0.1", "localhost", "insecuretrustmanager", "trustall");
    try (var files = java.nio.file.Files.walk(Path.of("src/main/java"))) {
      List<String> found =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .flatMap(
                  f -> {
                    String text;
                    try {
                      text = java.nio.file.Files.readString(f).toLowerCase(java.util.Locale.ROOT);
                    } catch (java.io.IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                    return tells.stream().filter(text::contains).map(t -> f + ": " + t);
                  })
              .toList();
      assertEquals(List.of(), found);
    }
  }

  /** The topology's cloud picks the endpoints the SDK signs in at and calls. */
  @Test
  void eachCloudHasItsOwnEndpoints() {
    assertEquals(
        List.of(
            "public https://management.azure.com/ https://login.microsoftonline.com/",
            "usgov https://management.usgovcloudapi.net/ https://login.microsoftonline.us/",
            "china https://management.chinacloudapi.cn/ https://login.chinacloudapi.cn/"),
        java.util.Arrays.stream(io.flgen.azure.AzureCloud.values())
            .map(
                c ->
                    c.yamlName()
                        + " "
                        + Arm.environment(c).getResourceManagerEndpoint()
                        + " "
                        + Arm.environment(c).getActiveDirectoryEndpoint())
            .toList());
  }

  @Test
  void permissionWildcardsFollowArmRules() {
    assertTrue(Preflight.matches("*", "Microsoft.Authorization/roleAssignments/write"));
    assertTrue(
        Preflight.matches(
            "Microsoft.Authorization/*/Write", "Microsoft.Authorization/roleAssignments/write"));
    assertFalse(
        Preflight.matches(
            "Microsoft.Authorization/*/read", "Microsoft.Authorization/roleAssignments/write"));
    assertFalse(
        Preflight.matches("Microsoft.Storage/*", "Microsoft.Authorization/roleAssignments/write"));
  }

  @Test
  void unauthorisedAndForbiddenCallsAreInconclusiveNotCrashes() {
    arm.stubFor(
        get(urlPathEqualTo(ARC))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\": {\"code\": \"InvalidAuthenticationToken\", \"message\": \"The access token is invalid.\"}}")));
    arm.stubFor(
        get(urlPathEqualTo(EXISTING))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\": {\"code\": \"AuthorizationFailed\", \"message\": \"The client 'x' does not have authorization "
                            + "to perform action 'Microsoft.Storage/storageAccounts/read' with token "
                            + TOKEN
                            + "\"}}")));
    Preflight.Outcome o = preflight(Duration.ofSeconds(10));
    assertEquals(
        List.of(
            "Arc cluster connected | arc-hospital-c | not signed in, or the token was refused (HTTP 401 "
                + "InvalidAuthenticationToken): sign in with az login",
            "existing storage account settings | stresearchdata02 | permission denied (HTTP 403 AuthorizationFailed): the "
                + "signed-in identity may not read this"),
        inconclusive(o));
    assertEquals(List.of(), findings(o));
    assertFalse(o.inconclusive().toString().contains(TOKEN));
  }

  @Test
  void throttlingIsRetriedAfterRetryAfter() {
    MappingBuilder first =
        get(urlPathEqualTo(ARC))
            .inScenario("throttled")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "1")
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\": {\"code\": \"TooManyRequests\", \"message\": \"Too many requests.\"}}"))
            .willSetStateTo("cooled");
    arm.stubFor(first);
    arm.stubFor(
        get(urlPathEqualTo(ARC))
            .inScenario("throttled")
            .whenScenarioStateIs("cooled")
            .willReturn(okJson(connectedCluster("Connected"))));
    Preflight.Outcome o = preflight(Duration.ofSeconds(20));
    assertEquals(List.of(), inconclusive(o));
    assertEquals(List.of(), findings(o));
    arm.verify(2, getRequestedFor(urlPathEqualTo(ARC)));
  }

  /**
   * No sign-in (no az login, no environment, no managed identity): nothing is called, and every
   * check is listed with the sign-in's reason at once instead of after its own timeout.
   */
  @Test
  void withoutASignInNoCallIsMadeAndEveryCheckSaysWhy() {
    Preflight.Outcome o =
        Preflight.run(
            plan,
            loaded.sourceMap(),
            Stage.RUN,
            true,
            LocalArm.arm(
                arm,
                request ->
                    Mono.error(
                        new com.azure.identity.CredentialUnavailableException(
                            "EnvironmentCredential authentication unavailable.")),
                Duration.ofSeconds(10)));
    assertEquals(List.of(), arm.getAllServeEvents());
    int total = o.checks().values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(total, o.inconclusive().size());
    assertEquals(
        List.of(
            "sign-in failed: no credential: sign in with az login, or set the AZURE_* environment variables"),
        o.inconclusive().stream().map(Checks.Inconclusive::reason).distinct().toList());
    assertTrue(
        inconclusive(o)
            .contains(
                "container registry name free | crflprelqx98 | sign-in failed: no credential: sign in with "
                    + "az login, or set the AZURE_* environment variables"),
        () -> inconclusive(o).toString());
  }

  @Test
  void aSlowAnswerBeyondTheTimeoutIsInconclusive() {
    arm.stubFor(
        get(urlPathEqualTo(ARC))
            .willReturn(okJson(connectedCluster("Connected")).withFixedDelay(4000)));
    Preflight.Outcome o = preflight(Duration.ofSeconds(2));
    assertEquals(
        List.of("Arc cluster connected | arc-hospital-c | no answer within 2 s (--timeout)"),
        inconclusive(o));
  }

  @Test
  void malformedJsonIsInconclusive() {
    arm.stubFor(
        get(urlPathEqualTo(EXISTING))
            .willReturn(okJson("{\"id\": \"" + EXISTING + "\", \"properties\": {")));
    Preflight.Outcome o = preflight(Duration.ofSeconds(10));
    assertEquals(1, o.inconclusive().size(), () -> inconclusive(o).toString());
    assertTrue(
        inconclusive(o)
            .get(0)
            .startsWith("existing storage account settings | stresearchdata02 | unreadable answer"),
        () -> inconclusive(o).toString());
  }

  @Test
  void everyRequestCarriesTheCredentialsTokenAndGoesToTheLocalServer() {
    preflight(Duration.ofSeconds(10));
    assertTrue(arm.getAllServeEvents().size() >= 16);
    arm.verify(
        getRequestedFor(anyUrl())
            .withHeader(
                "Authorization",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + TOKEN)));
  }
}
