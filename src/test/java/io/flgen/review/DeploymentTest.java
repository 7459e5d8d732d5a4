package io.flgen.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.diag.Location;
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
 * The evaluator's resources and modules on their own: instances with their full type, name, scope
 * and condition, loops over resources, child resources, and module calls with their parameters,
 * outputs and chain of calls.
 */
class DeploymentTest {
  private final List<Instance> instances = new ArrayList<>();
  private final List<String> unresolved = new ArrayList<>();

  private static BicepFile parse(String text, String file) {
    ParseResult r = BicepParser.parse(text, file);
    assertEquals(List.of(), r.errors(), text);
    return r.file().get();
  }

  /** Evaluates main.bicep in rg-a of sub-1; {@code modules} by path relative to it. */
  private Deployment run(String main, Map<String, String> modules) {
    return Deployment.run(
        "main.bicep",
        parse(main, "main.bicep"),
        new Value.ScopeV("home", "sub-1", "rg-a"),
        new LinkedHashMap<>(),
        (from, path) ->
            Optional.ofNullable(modules.get(path)).map(text -> parse(text, "modules/x.bicep")),
        instances,
        unresolved);
  }

  private Deployment run(String main) {
    return run(main, Map.of());
  }

  private List<String> names() {
    return instances.stream().map(i -> i.type() + " " + i.name()).toList();
  }

  @Test
  void aResourceHasItsIdAndNameAndItsBodyWithoutDependsOn() {
    Deployment d =
        run(
            """
            resource st 'Microsoft.Storage/storageAccounts@2023-01-01' = {
              name: 'st1'
              location: 'westeurope'
              dependsOn: []
            }
            output id string = st.id
            output name string = st.name
            output where string = st.location
            """);
    assertEquals(
        new Value.Str(
            "/subscriptions/sub-1/resourceGroups/rg-a/providers/Microsoft.Storage/storageAccounts/st1"),
        d.outputs.get("id"));
    assertEquals(new Value.Str("st1"), d.outputs.get("name"));
    assertEquals(new Value.Str("westeurope"), d.outputs.get("where"));
    Instance st = instances.get(0);
    assertEquals(List.of("name", "location"), List.copyOf(st.body().fields().keySet()));
    assertEquals(new Location("main.bicep", 1, 1), st.where());
    assertFalse(st.conditional());
    assertEquals(List.of(), unresolved);
  }

  @Test
  void aResourceWithAnUnknownNameIsKeptUnderAPlaceholder() {
    Deployment d =
        run(
            """
            param prefix string
            resource st 'Microsoft.Storage/storageAccounts@2023-01-01' = {
              name: '${prefix}st'
            }
            output name string = st.name
            """);
    assertEquals(List.of("Microsoft.Storage/storageAccounts <st@main.bicep:2>"), names());
    assertTrue(Deployment.isPlaceholder(instances.get(0).name()));
    assertEquals(new Value.Unknown("an unknown name", "<st@main.bicep:2>"), d.outputs.get("name"));
    assertEquals(
        List.of(
            "main.bicep:1: parameter prefix" + Deployment.NO_VALUE,
            "main.bicep:2: the name of st is not known statically; reviewed as <st@main.bicep:2>"),
        unresolved);
  }

  @Test
  void childrenTakeTheirParentsTypeNameAndScope() {
    Deployment d =
        run(
            """
            resource vn 'Microsoft.Network/virtualNetworks@2023-05-01' existing = {
              name: 'vn1'
              scope: resourceGroup('rg-net')
              resource sn 'subnets' = {
                name: 'a'
              }
            }
            resource other 'Microsoft.Network/virtualNetworks/subnets@2023-05-01' = {
              parent: vn
              name: 'b'
            }
            output a string = vn::sn.id
            """);
    assertEquals(
        List.of(
            "Microsoft.Network/virtualNetworks vn1",
            "Microsoft.Network/virtualNetworks/subnets vn1/a",
            "Microsoft.Network/virtualNetworks/subnets vn1/b"),
        names());
    assertEquals("rg-net", instances.get(2).scope().rg());
    assertEquals(
        new Value.Str(
            "/subscriptions/sub-1/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vn1/subnets/a"),
        d.outputs.get("a"));
  }

  @Test
  void anExtensionResourceIsScopedToTheResourceItExtends() {
    run(
        """
        resource st 'Microsoft.Storage/storageAccounts@2023-01-01' existing = {
          name: 'st1'
          scope: resourceGroup('rg-data')
        }
        resource lock 'Microsoft.Authorization/locks@2020-05-01' = {
          name: 'no-delete'
          scope: st
        }
        """);
    Instance lock = instances.get(1);
    assertEquals("st1", lock.extensionScope().get().name());
    assertEquals("rg-data", lock.scope().rg());
  }

  @Test
  void loopsMakeOneInstanceAnItemAndConditionsKeepOrDropThem() {
    run(
        """
        param deploy bool
        resource sts 'Microsoft.Storage/storageAccounts@2023-01-01' = [for (n, i) in ['a', 'b', 'c']: if (i != 1) {
          name: 'st${n}${i}'
        }]
        resource never 'Microsoft.Storage/storageAccounts@2023-01-01' = if (false) {
          name: 'never'
        }
        resource always 'Microsoft.Storage/storageAccounts@2023-01-01' = if (true) {
          name: 'always'
        }
        resource maybe 'Microsoft.Storage/storageAccounts@2023-01-01' = if (deploy) {
          name: 'maybe'
        }
        """);
    assertEquals(
        List.of(
            "Microsoft.Storage/storageAccounts sta0",
            "Microsoft.Storage/storageAccounts stc2",
            "Microsoft.Storage/storageAccounts always",
            "Microsoft.Storage/storageAccounts maybe"),
        names());
    assertEquals(
        List.of(false, false, false, true), instances.stream().map(Instance::conditional).toList());
  }

  @Test
  void aLoopOverAnUnknownArrayIsNoted() {
    run(
        """
        param names array
        resource sts 'Microsoft.Storage/storageAccounts@2023-01-01' = [for n in names: {
          name: n
        }]
        """);
    assertEquals(List.of(), instances);
    assertEquals(
        List.of(
            "main.bicep:1: parameter names" + Deployment.NO_VALUE,
            "main.bicep:2: loop over a value that is not known statically"),
        unresolved);
  }

  @Test
  void aModuleGetsItsParametersAndScopeAndGivesItsOutputs() {
    Deployment d =
        run(
            """
            param deploy bool
            module m 'modules/x.bicep' = if (deploy) {
              name: 'm'
              scope: resourceGroup('rg-m')
              params: {
                suffix: 'x1'
              }
            }
            output id string = m.outputs.id
            """,
            Map.of(
                "modules/x.bicep",
                """
                param suffix string
                param unset string
                resource st 'Microsoft.Storage/storageAccounts@2023-01-01' = {
                  name: 'st${suffix}'
                }
                output id string = st.id
                output missing string = unset
                """));
    assertEquals(
        new Value.Str(
            "/subscriptions/sub-1/resourceGroups/rg-m/providers/Microsoft.Storage/storageAccounts/stx1"),
        d.outputs.get("id"));
    Instance st = instances.get(0);
    assertEquals(new Location("modules/x.bicep", 3, 1), st.where());
    assertEquals(List.of(new Location("main.bicep", 2, 1)), st.chain());
    assertEquals("main.bicep", st.entry());
    assertTrue(st.conditional(), "a module's resources inherit the call's condition");
    // a module parameter nobody sets is unknown, but only an entry's is listed as a placeholder
    assertEquals(List.of("main.bicep:1: parameter deploy" + Deployment.NO_VALUE), unresolved);
  }

  @Test
  void aModuleThatCannotBeReadIsNoted() {
    Deployment d =
        run(
            """
            module m 'modules/gone.bicep' = {
              name: 'm'
            }
            output o object = m
            """);
    assertEquals(new Value.Unknown("module modules/gone.bicep cannot be read"), d.outputs.get("o"));
    assertEquals(List.of("main.bicep:1: module modules/gone.bicep cannot be read"), unresolved);
  }

  @Test
  void modulePathsResolveAgainstTheCallingFile() {
    assertEquals("a/c/d.bicep", Deployment.resolve("a/b/main.bicep", "../c/./d.bicep"));
    assertEquals("../x.bicep", Deployment.resolve("main.bicep", "../x.bicep"));
    assertEquals("m/x.bicep", Deployment.resolve("main.bicep", "m\\x.bicep"));
  }
}
