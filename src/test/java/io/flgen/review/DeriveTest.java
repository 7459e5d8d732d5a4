package io.flgen.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flgen.diag.Location;
import io.flgen.plan.Exposure;
import io.flgen.plan.IdentityPlan;
import io.flgen.plan.NsgRulePlan;
import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.Scope;
import io.flgen.plan.StoragePlan;
import io.flgen.plan.StorageRole;
import io.flgen.plan.StorageSettings;
import io.flgen.plan.SubnetPlan;
import io.flgen.plan.VnetPlan;
import io.flgen.review.bicep.BicepFile;
import io.flgen.review.bicep.BicepParser;
import io.flgen.review.bicep.ParseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The derive step on its own (issue 13 item 9): a two-file folder (an entry and a module it calls)
 * is evaluated and derived in memory, and the derived plan's identities, storages, grants, VNets
 * and declaration sites are compared whole.
 */
class DeriveTest {
  private static final String READER = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1";

  private static final String MAIN =
      """
      param location string = 'westeurope'

      resource id 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
        name: 'id-trainer'
        location: location
      }

      resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
        name: 'stdata01'
        location: location
        kind: 'StorageV2'
        sku: { name: 'Standard_ZRS' }
        properties: {
          allowSharedKeyAccess: false
          allowBlobPublicAccess: false
          minimumTlsVersion: 'TLS1_2'
          supportsHttpsTrafficOnly: true
          publicNetworkAccess: 'Disabled'
        }
      }

      resource blob 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
        parent: st
        name: 'default'
      }

      resource data 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
        parent: blob
        name: 'data'
        properties: { publicAccess: 'None' }
      }

      resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
        name: guid(data.id, id.id, 'reader')
        scope: data
        properties: {
          roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1')
          principalId: id.properties.principalId
          principalType: 'ServicePrincipal'
        }
      }

      module net 'modules/net.bicep' = {
        name: 'net'
        params: {
          location: location
          prefix: 'fl'
        }
      }
      """;

  private static final String NET =
      """
      param location string
      param prefix string

      resource nsg 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {
        name: '${prefix}-nsg'
        location: location
        properties: {
          securityRules: [
            {
              name: 'deny-internet'
              properties: {
                priority: 4000
                direction: 'Inbound'
                access: 'Deny'
                protocol: '*'
                sourceAddressPrefix: 'Internet'
                sourcePortRange: '*'
                destinationAddressPrefix: '*'
                destinationPortRange: '*'
              }
            }
          ]
        }
      }

      resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
        name: '${prefix}-vnet'
        location: location
        properties: {
          addressSpace: { addressPrefixes: [ '10.1.0.0/16' ] }
          subnets: [
            {
              name: 'compute'
              properties: {
                addressPrefix: '10.1.0.0/24'
                networkSecurityGroup: { id: nsg.id }
                defaultOutboundAccess: false
              }
            }
          ]
        }
      }
      """;

  private static BicepFile parse(String text, String file) {
    ParseResult r = BicepParser.parse(text, file);
    assertEquals(List.of(), r.errors(), file);
    return r.file().get();
  }

  private static Derive derive(Map<String, String> owners) {
    return derive(MAIN, owners);
  }

  /** The folder of {@code main} and the network module, deployed to rg-fl and derived. */
  private static Derive derive(String main, Map<String, String> owners) {
    List<String> unresolved = new ArrayList<>();
    return Derive.of(evaluate(main, unresolved), Optional.empty(), owners, unresolved);
  }

  private static List<Instance> evaluate(String main, List<String> unresolved) {
    Map<String, BicepFile> files = new LinkedHashMap<>();
    files.put("main.bicep", parse(main, "main.bicep"));
    files.put("modules/net.bicep", parse(NET, "modules/net.bicep"));
    List<Instance> instances = new ArrayList<>();
    Deployment.run(
        "main.bicep",
        files.get("main.bicep"),
        new Value.ScopeV("home", "sub-1", "rg-fl"),
        new LinkedHashMap<>(),
        (from, path) -> Optional.ofNullable(files.get(Deployment.resolve(from, path))),
        instances,
        unresolved);
    return instances;
  }

  private static final Scope RG = new Scope("home", "sub-1", "rg-fl");
  private static final Party UNKNOWN = Party.UNKNOWN;

  @Test
  void theIdentityIsReadWithItsScopeAndRegion() {
    Derive d = derive(Map.of());
    assertEquals(
        List.of(new IdentityPlan("id-trainer", UNKNOWN, RG, "westeurope", "id-trainer")),
        d.plan().identities());
    assertEquals(List.of(), d.unresolved);
  }

  @Test
  void aPrincipalThatIsADeploymentParameterIsKeptAndNoted() {
    String main =
        "param who string\n"
            + MAIN.replace("id.properties.principalId", "who")
                .replace("name: guid(data.id, id.id, 'reader')", "name: guid(data.id, 'reader')");
    Derive d = derive(main, Map.of());
    Plan p = d.plan();
    assertEquals(1, p.grants().size());
    RoleGrant g = p.grants().get(0);
    assertEquals("(unresolved principal)", g.principal());
    assertEquals("Storage Blob Data Reader", g.roleName());
    assertEquals("stdata01", g.target());
    assertEquals("data", g.container());
    assertEquals(
        List.of(
            "main.bicep:1: parameter who" + Deployment.NO_VALUE,
            "role assignment Storage Blob Data Reader on stdata01/data at main.bicep:34:1: the"
                + " principal is a deployment parameter"),
        d.unresolved);
  }

  @Test
  void theStorageAccountKeepsItsSettingsAsWritten() {
    assertEquals(
        List.of(
            new StoragePlan(
                "stdata01",
                UNKNOWN,
                StorageRole.UNKNOWN,
                RG,
                "westeurope",
                false,
                "Standard_ZRS",
                false,
                new Exposure(false, false, false),
                // allowSharedKeyAccess false as written; defaultToOAuthAuthentication not set
                new StorageSettings("TLS1_2", false, false, false, true, false, "None"),
                0,
                List.of("data"),
                "stdata01")),
        derive(Map.of()).plan().storages());
  }

  @Test
  void aRoleAssignmentAtContainerScopeIsAStorageGrantToTheIdentity() {
    Plan p = derive(Map.of()).plan();
    assertEquals(
        List.of(
            new RoleGrant(
                "id-trainer",
                UNKNOWN,
                "Storage Blob Data Reader",
                READER,
                "storage",
                "stdata01",
                "data",
                "read",
                RG,
                "from main.bicep:33:1",
                "ServicePrincipal",
                "")),
        p.grants());
    assertEquals(List.of(), p.serviceGrants());
  }

  @Test
  void theVnetDeclaredInAModuleHasItsSubnetAndTheNsgRules() {
    assertEquals(
        List.of(
            new VnetPlan(
                "fl-vnet",
                UNKNOWN,
                RG,
                "westeurope",
                "10.1.0.0/16",
                List.of(
                    new SubnetPlan(
                        "compute",
                        "10.1.0.0/24",
                        "fl-nsg",
                        false,
                        false,
                        List.of(
                            new NsgRulePlan(
                                "deny-internet",
                                4000,
                                "Inbound",
                                "Deny",
                                "*",
                                "Internet",
                                "*",
                                "*")),
                        "",
                        "",
                        "")),
                "fl-vnet")),
        derive(Map.of()).plan().vnets());
  }

  @Test
  void ownersNamedInTheManifestBecomeParties() {
    Plan p = derive(Map.of("id-trainer", "orchestrator", "fl-vnet", "silo-a")).plan();
    assertEquals(Party.ORCHESTRATOR, p.identities().get(0).owner());
    assertEquals(Party.ORCHESTRATOR, p.grants().get(0).principalOwner());
    assertEquals(new Party("silo-a", true, ""), p.vnets().get(0).owner());
    assertEquals(UNKNOWN, p.storages().get(0).owner());
  }

  @Test
  void eachDerivedObjectIsPlacedAtItsDeclarationWithTheModuleCallsLeadingThere() {
    Derive d = derive(Map.of());
    Plan p = d.plan();
    Location call = new Location("main.bicep", 43, 1);
    assertEquals(
        Optional.of(new Site(new Location("main.bicep", 3, 1), List.of())),
        d.siteOf(p.identities().get(0)));
    assertEquals(
        Optional.of(new Site(new Location("modules/net.bicep", 26, 1), List.of(call))),
        d.siteOf(p.vnets().get(0)));
    assertEquals(
        Optional.of(new Site(new Location("main.bicep", 8, 1), List.of())),
        d.siteOf(p.storages().get(0)));
    // the grant is at its role assignment, by the grant object, not by a name
    assertEquals(
        Optional.of(new Site(new Location("main.bicep", 33, 1), List.of())),
        d.siteOf(p.grants().get(0)));
    // a name a finding targets leads to the object of that name; the NSG is where its rules change
    assertEquals(
        Optional.of(new Site(new Location("modules/net.bicep", 4, 1), List.of(call))),
        d.siteOf("fl-nsg"));
    assertEquals("main.bicep", d.siteOf("fl-vnet").get().entry());
    assertEquals(Optional.empty(), d.siteOf("no-such-resource"));
  }

  /**
   * A finding about a grant is placed at the role assignment that causes it, even when two role
   * assignments on the same account differ only in their principal: the finding is traced to the
   * grant object whose presence produces it, never to the message text.
   */
  @Test
  void aKeyGrantingFindingIsAtTheRoleAssignmentThatCausesIt() {
    // a second identity, and a role assignment giving it a key-granting role on the account
    String identity =
        MAIN.substring(MAIN.indexOf("resource id "), MAIN.indexOf("resource st "))
            .replace("resource id ", "resource id2 ")
            .replace("id-trainer", "id-other");
    String keys =
        MAIN.substring(MAIN.indexOf("resource ra "), MAIN.indexOf("module net "))
            .replace("resource ra ", "resource keys ")
            .replace("guid(data.id, id.id, 'reader')", "guid(st.id, id2.id, 'keys')")
            .replace("scope: data", "scope: st")
            .replace(READER, "81a9662b-bebf-436f-a333-f67b29880f12")
            .replace("id.properties", "id2.properties");
    String main = MAIN + identity + keys;
    Derive d = derive(main, Map.of());
    Plan p = d.plan();
    io.flgen.rules.Finding f =
        new io.flgen.rules.sto.KeyGrantingRole().check(p).findFirst().orElseThrow();
    int line = main.substring(0, main.indexOf("resource keys")).split("\n", -1).length;
    assertEquals(new Location("main.bicep", line, 1), d.locate(f).at());
    assertEquals(
        new Location("main.bicep", 8, 1),
        d.locate(new io.flgen.rules.Finding("FLG-STO-002", "stdata01", "stdata01", "m")).at());
  }

  /** A principal id is a typed reference: deployed (user- or system-assigned), literal, unknown. */
  @Test
  void principalsAreTypedReferences() {
    Instance ra =
        evaluate(MAIN, new ArrayList<>()).stream()
            .filter(i -> i.type().endsWith("roleAssignments"))
            .findFirst()
            .orElseThrow();
    Principal p = Principal.of(ra.prop("properties", "principalId"));
    Principal.Deployed dp = (Principal.Deployed) p;
    assertEquals("id-trainer", dp.label());
    assertEquals(false, dp.systemAssigned());
    assertEquals(Optional.of(io.flgen.plan.ResourceRef.identity(RG, "id-trainer")), dp.identity());
    assertEquals(new Location("main.bicep", 3, 1), dp.owner().at());
    assertEquals(
        new Principal.Literal("aaaaaaaa-0000-4000-8000-000000000001"),
        Principal.of(new Value.Str("aaaaaaaa-0000-4000-8000-000000000001")));
    assertEquals(
        new Principal.Unknown(new Value.Unknown("parameter who")),
        Principal.of(new Value.Unknown("parameter who")));
  }
}
