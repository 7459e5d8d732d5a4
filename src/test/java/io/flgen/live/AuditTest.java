package io.flgen.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.flgen.live.audit.Audit;
import io.flgen.live.audit.AuditManifest;
import io.flgen.live.audit.AuditReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** flgen audit against a local HTTPS ARM server (WireMock) with hand-written ARM answers. */
class AuditTest {
  static final Path DIR = Path.of("src/test/resources/live/audit");
  static final String SUB = "/subscriptions/66666666-6666-6666-6666-666666666666";
  static final String RG = SUB + "/resourceGroups/rg-fl";
  static final String SILO = RG + "/providers/Microsoft.Storage/storageAccounts/stflsiloa";
  static final String ORCH = RG + "/providers/Microsoft.Storage/storageAccounts/stflorch";
  static final String ACR = RG + "/providers/Microsoft.ContainerRegistry/registries/crflaudit";
  static final String ASSIGNMENTS = "/providers/Microsoft.Authorization/roleAssignments";
  static final String ORCH_ID = "22222222-0000-4000-8000-000000000001";
  static final String SILO_ID = "22222222-0000-4000-8000-000000000002";
  static final String CONTRIBUTOR = "b24988ac-6180-42a0-ab88-20f7382dd24c";
  static final String KEY_OPERATOR = "81a9662b-bebf-436f-a333-f67b29880f12";
  static final String BLOB_CONTRIBUTOR = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
  static final String READER = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
  static final String ACR_PULL = "7f951dda-4ed3-4680-a7ca-43fe172d538d";

  static WireMockServer arm;

  @BeforeAll
  static void start() {
    arm =
        new WireMockServer(
            wireMockConfig().bindAddress("127.0.0.1").httpDisabled(true).dynamicHttpsPort());
    arm.start();
  }

  @AfterAll
  static void stop() {
    arm.stop();
  }

  // User Assigned Identities - Get:
  // https://learn.microsoft.com/en-us/rest/api/managedidentity/user-assigned-identities/get
  static String identity(String name, String principalId) {
    return "{\"id\": \""
        + RG
        + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
        + name
        + "\", \"name\": \""
        + name
        + "\", \"type\": \"Microsoft.ManagedIdentity/userAssignedIdentities\", \"location\": \"westeurope\","
        + " \"tags\": {}, \"properties\": {\"tenantId\": \"0f0f0f0f-0000-4000-8000-000000000006\", \"principalId\": \""
        + principalId
        + "\", \"clientId\": \"33333333-0000-4000-8000-000000000001\"}}";
  }

  // Role Assignments - List For Scope:
  // https://learn.microsoft.com/en-us/rest/api/authorization/role-assignments/list-for-scope
  static String assignment(String n, String scope, String role, String principal, String type) {
    return "{\"properties\": {\"roleDefinitionId\": \""
        + SUB
        + "/providers/Microsoft.Authorization/roleDefinitions/"
        + role
        + "\", \"principalId\": \""
        + principal
        + "\", \"principalType\": \""
        + type
        + "\", \"scope\": \""
        + scope
        + "\","
        + " \"condition\": null, \"conditionVersion\": null, \"createdOn\": \"2026-01-05T10:00:00Z\", \"updatedOn\":"
        + " \"2026-01-05T10:00:00Z\", \"createdBy\": null, \"updatedBy\": \"44444444-0000-4000-8000-000000000001\","
        + " \"delegatedManagedIdentityResourceId\": null, \"description\": null}, \"id\": \""
        + scope
        + ASSIGNMENTS
        + "/aaaaaaaa-0000-4000-8000-00000000000"
        + n
        + "\", \"type\": \"Microsoft.Authorization/roleAssignments\","
        + " \"name\": \"aaaaaaaa-0000-4000-8000-00000000000"
        + n
        + "\"}";
  }

  // Storage Accounts - Get Properties:
  // https://learn.microsoft.com/en-us/rest/api/storagerp/storage-accounts/get-properties
  static String account(String id, String name, String publicNetworkAccess) {
    return "{\"id\": \""
        + id
        + "\", \"name\": \""
        + name
        + "\", \"type\": \"Microsoft.Storage/storageAccounts\","
        + " \"location\": \"westeurope\", \"kind\": \"StorageV2\", \"sku\": {\"name\": \"Standard_ZRS\", \"tier\": \"Standard\"},"
        + " \"properties\": {\"publicNetworkAccess\": \""
        + publicNetworkAccess
        + "\", \"allowSharedKeyAccess\": false,"
        + " \"minimumTlsVersion\": \"TLS1_2\", \"networkAcls\": {\"bypass\": \"None\", \"defaultAction\": \"Deny\","
        + " \"ipRules\": [], \"virtualNetworkRules\": []}}}";
  }

  @BeforeEach
  void deployedAsPlanned() {
    arm.resetAll();
    arm.stubFor(
        get(urlPathEqualTo(
                RG
                    + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-fl-orchestrator"))
            .willReturn(okJson(identity("id-fl-orchestrator", ORCH_ID))));
    arm.stubFor(
        get(urlPathEqualTo(
                RG + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-fl-silo-a"))
            .willReturn(okJson(identity("id-fl-silo-a", SILO_ID))));
    arm.stubFor(
        get(urlPathEqualTo(SILO + ASSIGNMENTS))
            .willReturn(
                okJson(
                    "{\"value\": ["
                        + assignment("1", SILO, BLOB_CONTRIBUTOR, SILO_ID, "ServicePrincipal")
                        + ", "
                        + assignment(
                            "2",
                            SILO + "/blobServices/default/containers/data",
                            BLOB_CONTRIBUTOR,
                            "bbbbbbbb-0005-4000-8000-000000000001",
                            "Group")
                        + ", "
                        + assignment(
                            "3", SUB, READER, "55555555-0000-4000-8000-000000000001", "User")
                        + "]}")));
    arm.stubFor(
        get(urlPathEqualTo(ORCH + ASSIGNMENTS))
            .willReturn(
                okJson(
                    "{\"value\": ["
                        + assignment(
                            "4",
                            ORCH + "/blobServices/default/containers/global-model",
                            BLOB_CONTRIBUTOR,
                            ORCH_ID,
                            "ServicePrincipal")
                        + ", "
                        + assignment(
                            "3", SUB, READER, "55555555-0000-4000-8000-000000000001", "User")
                        + "]}")));
    arm.stubFor(
        get(urlPathEqualTo(ACR + ASSIGNMENTS))
            .willReturn(
                okJson(
                    "{\"value\": ["
                        + assignment("5", ACR, ACR_PULL, ORCH_ID, "ServicePrincipal")
                        + "]}")));
    arm.stubFor(
        get(urlPathEqualTo(SILO)).willReturn(okJson(account(SILO, "stflsiloa", "Disabled"))));
    arm.stubFor(
        get(urlPathEqualTo(ORCH)).willReturn(okJson(account(ORCH, "stflorch", "Disabled"))));
  }

  static Audit.Outcome audit() {
    AuditManifest m = AuditManifest.read(DIR).manifest();
    return Audit.run(m, LocalArm.arm(arm, "t", Duration.ofSeconds(10)));
  }

  static List<String> rows(Audit.Outcome o) {
    return o.rows().stream()
        .map(
            r ->
                r.status()
                    + " | "
                    + r.principal()
                    + " | "
                    + r.role()
                    + " | "
                    + r.scope()
                    + " | "
                    + r.where()
                    + " | "
                    + (r.grantsKeys() ? "keys" : "-"))
        .toList();
  }

  @Test
  void aDeploymentAsPlannedIsClean() {
    Audit.Outcome o = audit();
    assertEquals(List.of(), o.inconclusive());
    assertEquals(
        List.of(
            "ok | id-fl-orchestrator | AcrPull | crflaudit |  | -",
            "ok | id-fl-orchestrator | Storage Blob Data Contributor | stflorch/global-model |  | -",
            "ok | id-fl-silo-a | Storage Blob Data Contributor | stflsiloa |  | -",
            "ok | bbbbbbbb-0005-4000-8000-000000000001 | Storage Blob Data Contributor | stflsiloa/data |  | -"),
        rows(o));
    assertTrue(o.clean());
    assertEquals(List.of(), o.drift());
  }

  @Test
  void extraKeyGrantingGrantsMissingGrantsAndPublicAccessAreReported() {
    // the silo account's assignments come in two pages joined by nextLink
    arm.stubFor(
        get(urlPathEqualTo(SILO + ASSIGNMENTS))
            .willReturn(
                okJson(
                    "{\"value\": ["
                        + assignment("1", SILO, BLOB_CONTRIBUTOR, SILO_ID, "ServicePrincipal")
                        + ", "
                        + assignment(
                            "6", SILO, CONTRIBUTOR, "66666666-0000-4000-8000-000000000001", "User")
                        + "], \"nextLink\": \""
                        + arm.baseUrl()
                        + SILO
                        + ASSIGNMENTS
                        + "/page2?api-version=2022-04-01\"}")));
    arm.stubFor(
        get(urlPathEqualTo(SILO + ASSIGNMENTS + "/page2"))
            .willReturn(
                okJson(
                    "{\"value\": ["
                        + assignment(
                            "2",
                            SILO + "/blobServices/default/containers/data",
                            BLOB_CONTRIBUTOR,
                            "bbbbbbbb-0005-4000-8000-000000000001",
                            "Group")
                        + ", "
                        + assignment(
                            "7",
                            SILO,
                            KEY_OPERATOR,
                            "77777777-0000-4000-8000-000000000001",
                            "ServicePrincipal")
                        + "]}")));
    arm.stubFor(get(urlPathEqualTo(ORCH + ASSIGNMENTS)).willReturn(okJson("{\"value\": []}")));
    arm.stubFor(
        get(urlPathEqualTo(SILO)).willReturn(okJson(account(SILO, "stflsiloa", "Enabled"))));
    Audit.Outcome o = audit();
    assertEquals(List.of(), o.inconclusive());
    assertEquals(
        List.of(
            "extra | 66666666-0000-4000-8000-000000000001 (User) | Contributor | stflsiloa | at | keys",
            "extra | 77777777-0000-4000-8000-000000000001 (ServicePrincipal) | Storage Account Key Operator Service Role | stflsiloa | at | keys",
            "missing | id-fl-orchestrator | Storage Blob Data Contributor | stflorch/global-model |  | -",
            "ok | id-fl-orchestrator | AcrPull | crflaudit |  | -",
            "ok | id-fl-silo-a | Storage Blob Data Contributor | stflsiloa |  | -",
            "ok | bbbbbbbb-0005-4000-8000-000000000001 | Storage Blob Data Contributor | stflsiloa/data |  | -"),
        rows(o));
    assertEquals(
        List.of(new Audit.Drift("stflsiloa", "publicNetworkAccess", "Disabled", "Enabled")),
        o.drift());
    String md = AuditReport.markdown("deploy", o);
    assertTrue(md.contains("## Access matrix: planned vs live\n"), md);
    assertTrue(
        md.contains(
            "| extra | 66666666-0000-4000-8000-000000000001 (User) | Contributor | stflsiloa | at the resource | **yes** |"),
        md);
    assertTrue(md.contains("| stflsiloa | publicNetworkAccess | Disabled | Enabled |"), md);
    // SARIF, review's third format: the same three kinds of result, byte-identical across runs
    String sarif = AuditReport.sarif("deploy", o, "test");
    assertEquals(sarif, AuditReport.sarif("deploy", o, "test"));
    var run =
        tools.jackson.databind.json.JsonMapper.builder().build().readTree(sarif).get("runs").get(0);
    List<String> results = new java.util.ArrayList<>();
    run.get("results")
        .forEach(
            r ->
                results.add(
                    r.get("ruleId").asString()
                        + " "
                        + r.get("level").asString()
                        + " "
                        + r.get("message").get("text").asString()
                        + " @ "
                        + r.get("locations")
                            .get(0)
                            .get("logicalLocations")
                            .get(0)
                            .get("name")
                            .asString()));
    assertEquals(
        List.of(
            "flgen-audit/extra-grant error extra grant: 66666666-0000-4000-8000-000000000001 (User) holds "
                + "Contributor at stflsiloa; the role grants the account keys @ stflsiloa",
            "flgen-audit/extra-grant error extra grant: 77777777-0000-4000-8000-000000000001 (ServicePrincipal) "
                + "holds Storage Account Key Operator Service Role at stflsiloa; the role grants the account keys "
                + "@ stflsiloa",
            "flgen-audit/missing-grant warning missing grant: id-fl-orchestrator Storage Blob Data Contributor "
                + "on stflorch/global-model @ stflorch/global-model",
            "flgen-audit/drift error stflsiloa publicNetworkAccess is Enabled, planned Disabled @ stflsiloa"),
        results);
    assertTrue(run.get("invocations").get(0).get("executionSuccessful").asBoolean());
  }

  @Test
  void aForbiddenListIsInconclusive() {
    arm.stubFor(
        get(urlPathEqualTo(ACR + ASSIGNMENTS))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\": {\"code\": \"AuthorizationFailed\", \"message\": \"no\"}}")));
    Audit.Outcome o = audit();
    assertEquals(
        List.of(
            new Checks.Inconclusive(
                "role assignments",
                "crflaudit",
                "permission denied (HTTP 403 AuthorizationFailed): the signed-in identity may not read this")),
        o.inconclusive());
    var invocation =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(AuditReport.sarif("deploy", o, "test"))
            .get("runs")
            .get(0)
            .get("invocations")
            .get(0);
    assertFalse(invocation.get("executionSuccessful").asBoolean());
    assertEquals(
        "role assignments: crflaudit: permission denied (HTTP 403 AuthorizationFailed): the signed-in "
            + "identity may not read this",
        invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asString());
  }
}
