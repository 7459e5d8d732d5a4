package io.flgen.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
        Map.of(
            "resource provider registered",
            9,
            "storage account name free",
            2,
            "key vault name free",
            2,
            "soft-deleted key vaults",
            1,
            "existing storage account settings",
            1,
            "Arc cluster connected",
            1,
            "deployer permissions",
            2,
            "existing VNet address spaces",
            1),
        o.checks());
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
