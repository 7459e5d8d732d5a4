package io.flgen.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Type conformance checks against the real Azure type catalogue (skipped when it is absent). */
class AzureTypeCatalogTest {

  private static final String STORAGE = "Microsoft.Storage/storageAccounts@2025-06-01";
  private static final String COMPUTES =
      "Microsoft.MachineLearningServices/workspaces/computes@2025-06-01";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static AzureTypeCatalog catalog;

  /**
   * Per test, so that each test is reported as skipped (with the reason) when the catalogue is
   * absent.
   */
  @BeforeEach
  void open() {
    if (catalog == null) {
      catalog = AzureTypeCatalog.forTests();
    }
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('`', '"'));
  }

  private static List<String> checkBicep(String bicep) {
    return TypeConformance.checkBicepSource(catalog, "t.bicep", bicep);
  }

  @Test
  void knowsTypesCaseInsensitively() {
    assertTrue(catalog.hasType(STORAGE));
    assertTrue(catalog.hasType("microsoft.storage/STORAGEACCOUNTS@2025-06-01"));
    assertFalse(catalog.hasType("Microsoft.Storage/storageAccounts@2019-06-01"));
    assertFalse(catalog.hasType("Microsoft.Nope/things@2025-06-01"));
    assertFalse(catalog.hasType("not a type"));
  }

  @Test
  void correctStorageAccountPasses() throws Exception {
    JsonNode body =
        json(
            """
                {`name`: `stflgen001`, `location`: `westeurope`, `kind`: `StorageV2`,
                 `sku`: {`name`: `Standard_LRS`}, `tags`: {`owner`: `flgen`},
                 `identity`: {`type`: `SystemAssigned`},
                 `properties`: {`minimumTlsVersion`: `TLS1_2`, `allowBlobPublicAccess`: false,
                   `accessTier`: `Hot`,
                   `networkAcls`: {`defaultAction`: `Deny`, `bypass`: `AzureServices`,
                     `ipRules`: [{`value`: `10.0.0.0/24`, `action`: `Allow`}]}}}
                """);
    assertEquals(List.of(), catalog.check(STORAGE, body));
  }

  @Test
  void misspeltPropertyFails() throws Exception {
    JsonNode body =
        json("{`name`: `stflgen001`, `properties`: {`fooBar`: 1, `MinimumTlsVersion`: `TLS1_2`}}");
    assertEquals(
        List.of(
            STORAGE + ": properties.fooBar: no such property",
            STORAGE
                + ": properties.MinimumTlsVersion: no such property (did you mean 'minimumTlsVersion'?)"),
        catalog.check(STORAGE, body));
  }

  @Test
  void readOnlyPropertyFails() throws Exception {
    JsonNode body =
        json(
            "{`name`: `stflgen001`, `id`: `x`, `properties`: {`primaryEndpoints`: {`blob`: `x`}}}");
    assertEquals(
        List.of(STORAGE + ": id: read-only", STORAGE + ": properties.primaryEndpoints: read-only"),
        catalog.check(STORAGE, body));
  }

  @Test
  void closedEnumBadValueFailsButOpenEnumAcceptsAnyString() throws Exception {
    JsonNode body =
        json(
            """
                {`name`: `stflgen001`, `properties`: {`accessTier`: `Warm`, `minimumTlsVersion`: `TLS1_0x`,
                 `networkAcls`: {`defaultAction`: `Block`}}}
                """);
    assertEquals(
        List.of(
            STORAGE
                + ": properties.accessTier: value 'Warm' not allowed (allowed: Hot, Cool, Premium, Cold)",
            STORAGE
                + ": properties.networkAcls.defaultAction: value 'Block' not allowed (allowed: Allow, Deny)"),
        catalog.check(STORAGE, body));
  }

  @Test
  void scalarTypeMismatchesFail() throws Exception {
    JsonNode body =
        json(
            """
                {`name`: 42, `properties`: {`allowBlobPublicAccess`: `false`, `isHnsEnabled`: 1,
                 `networkAcls`: {`ipRules`: {`value`: `x`}}}}
                """);
    assertEquals(
        List.of(
            STORAGE + ": name: expected string, got integer 42",
            STORAGE + ": properties.allowBlobPublicAccess: expected boolean, got string 'false'",
            STORAGE + ": properties.isHnsEnabled: expected boolean, got integer 1",
            STORAGE + ": properties.networkAcls.ipRules: expected array, got object"),
        catalog.check(STORAGE, body));
  }

  @Test
  void expressionsAreNotChecked() {
    var body = JSON.createObjectNode();
    body.set("name", AzureTypeCatalog.expression("storageName"));
    var properties = body.putObject("properties");
    properties.set("accessTier", AzureTypeCatalog.expression("tier"));
    properties.set("networkAcls", AzureTypeCatalog.expression("acls"));
    assertEquals(List.of(), catalog.check(STORAGE, body));
  }

  @Test
  void discriminatedObjectUsesDiscriminatorAndBaseProperties() throws Exception {
    JsonNode good =
        json(
            """
                {`name`: `cpu`, `location`: `westeurope`, `properties`: {`computeType`: `AmlCompute`,
                 `description`: `d`, `disableLocalAuth`: true,
                 `properties`: {`vmSize`: `Standard_DS3_v2`, `scaleSettings`: {`maxNodeCount`: 4, `minNodeCount`: 0}}}}
                """);
    assertEquals(List.of(), catalog.check(COMPUTES, good));

    JsonNode bad =
        json(
            """
                {`name`: `cpu`, `properties`: {`computeType`: `AmlCompute`, `isAttachedCompute`: true,
                 `properties`: {`vmSize`: `x`, `clusterSize`: 3, `scaleSettings`: {`maxNodeCount`: `four`}}}}
                """);
    assertEquals(
        List.of(
            COMPUTES + ": properties.isAttachedCompute: read-only",
            COMPUTES + ": properties.properties.clusterSize: no such property",
            COMPUTES
                + ": properties.properties.scaleSettings.maxNodeCount: expected integer, got string 'four'"),
        catalog.check(COMPUTES, bad));

    JsonNode unknownKind = json("{`name`: `cpu`, `properties`: {`computeType`: `Mainframe`}}");
    List<String> found = catalog.check(COMPUTES, unknownKind);
    assertEquals(1, found.size(), found.toString());
    assertTrue(
        found
            .get(0)
            .startsWith(
                COMPUTES
                    + ": properties.computeType: value 'Mainframe' not allowed (allowed: AKS, AmlCompute,"),
        found.get(0));
  }

  @Test
  void existingResourceIsSkipped() {
    String bicep =
        """
                resource st 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
                  name: 'stflgen001'
                  properties: {
                    fooBar: true
                  }
                }
                """;
    assertEquals(List.of(), BicepResourceBodies.extract(bicep));
    assertEquals(List.of(), checkBicep(bicep));
  }

  @Test
  void extractorConvertsLiteralsAndMarksExpressions() {
    String bicep =
        """
                @description('decorated')
                resource st 'Microsoft.Storage/storageAccounts@2025-06-01' = if (deploy) {
                  name: 'st${suffix}' // interpolated
                  location: location
                  parent: foo
                  scope: resourceGroup()
                  dependsOn: [
                    foo
                  ]
                  tags: {
                    'it\\'s': 'a\\'b'
                    n: -3
                    on: true
                    list: [
                      1
                      'two'
                      { three: 3 }
                    ]
                    multi: '''
                line
                '''
                    call: union({ a: 1 }, b)
                    tern: a ? 'x' : 'y'
                    member: st.properties.id
                  }
                }
                """;
    List<BicepResourceBodies.Declaration> decls = BicepResourceBodies.extract(bicep);
    assertEquals(1, decls.size());
    BicepResourceBodies.Declaration d = decls.get(0);
    assertEquals("Microsoft.Storage/storageAccounts@2025-06-01", d.typeAtVersion());
    assertEquals(2, d.line());
    String e = "\\u0000expr:";
    assertEquals(
        ("{'name':'"
                + e
                + "\\'st${suffix}\\'','location':'"
                + e
                + "location','tags':{"
                + "'it\\'s':'a\\'b','n':-3,'on':true,'list':[1,'two',{'three':3}],'multi':'line\\n',"
                + "'call':'"
                + e
                + "union({ a: 1 }, b)','tern':'"
                + e
                + "a ? \\'x\\' : \\'y\\'',"
                + "'member':'"
                + e
                + "st.properties.id'}}")
            .replace("\\'", "\u0001")
            .replace('\'', '"')
            .replace("\u0001", "'"),
        d.body().toString());
  }

  @Test
  void loopBodiesAndNestedChildrenAreExtracted() {
    String bicep =
        """
                resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
                  name: 'kv'
                  resource s 'secrets' = [for (x, i) in items: if (i > 0) {
                    name: x
                  }]
                }
                resource c 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = [for c in list: {
                  name: c
                }]
                """;
    List<BicepResourceBodies.Declaration> decls = BicepResourceBodies.extract(bicep);
    assertEquals(
        List.of(
            "s Microsoft.KeyVault/vaults/secrets@2024-11-01 3",
            "c Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01 7"),
        decls.stream().map(d -> d.symbol() + " " + d.typeAtVersion() + " " + d.line()).toList());
  }

  @Test
  void goodSyntaxFixturesConform() {
    assertEquals(
        List.of(),
        TypeConformance.checkBicepFile(
            catalog, Path.of("src/test/resources/verify/bicep/good/storage.bicep")));
    assertEquals(
        List.of(),
        TypeConformance.checkBicepFile(
            catalog, Path.of("src/test/resources/verify/bicep/good/main.bicep")));
  }

  @Test
  void fixtureEndToEndReportsExactViolations() {
    Path file = Path.of("src/test/resources/verify/types/resources.bicep");
    String f = "src/test/resources/verify/types/resources.bicep:";
    String containers = "Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01";
    assertEquals(
        List.of(
            f
                + "22: "
                + STORAGE
                + ": properties.accessTier: value 'Warm' not allowed (allowed: Hot, Cool, Premium, Cold)",
            f
                + "22: "
                + STORAGE
                + ": properties.allowBlobPublicAccess: expected boolean, got string 'false'",
            f + "22: " + STORAGE + ": properties.networkAcls.ipRules[1].acton: no such property",
            f + "22: " + STORAGE + ": properties.primaryEndpoints: read-only",
            f
                + "63: "
                + containers
                + ": properties.publicAccess: value 'Public' not allowed (allowed: Container, Blob, None)",
            f
                + "84: Microsoft.KeyVault/vaults/secrets@2024-11-01: properties.contentTyp: no such property",
            f
                + "93: "
                + COMPUTES
                + ": properties.properties.scaleSettings.maxNodeCount: expected integer, got string 'four'",
            f
                + "112: Microsoft.Storage/storageAccounts@2019-06-01: unknown resource type or API version"
                + " (catalogue has: "
                + String.join(", ", catalog.versionsOf("Microsoft.Storage/storageAccounts"))
                + ")"),
        TypeConformance.checkBicepFile(catalog, file));
  }
}
