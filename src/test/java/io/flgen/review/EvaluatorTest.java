package io.flgen.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flgen.diag.Location;
import io.flgen.review.bicep.BicepParser;
import io.flgen.review.bicep.ParseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The evaluator on its own (issue 13 item 9): the expressions {@link FunctionsTest} does not cover
 * (concat, replace, operators, property access, unresolved parameters) and the role GUID a role
 * assignment's roleDefinitionId yields, however it is built.
 */
class EvaluatorTest {
  private static final String CONTRIBUTOR = "b24988ac-6180-42a0-ab88-20f7382dd24c";

  /** Evaluates {@code text} as an entry file in resource group rg-a, parameter values given. */
  private static Deployment run(String text, Map<String, Value> params, List<String> unresolved) {
    return run(text, params, new ArrayList<>(), unresolved);
  }

  private static Deployment run(
      String text, Map<String, Value> params, List<Instance> instances, List<String> unresolved) {
    ParseResult r = BicepParser.parse(text, "t.bicep");
    assertEquals(List.of(), r.errors(), text);
    return Deployment.run(
        "t.bicep",
        r.file().get(),
        new Value.ScopeV("home", "sub-1", "rg-a"),
        new LinkedHashMap<>(params),
        (f, p) -> Optional.empty(),
        instances,
        unresolved);
  }

  /**
   * The output o of a file declaring {@code param p string}, {@code var obj} and {@code var arr}.
   */
  private static String eval(String expr) {
    String text =
        "param p string\n"
            + "param n string?\n"
            + "var obj = { a: { b: 'deep' }, list: [ 'x', 'y' ], 'key-1': 5 }\n"
            + "var arr = [ { name: 'first' }, { name: 'second' } ]\n"
            + "output o object = "
            + expr
            + "\n";
    return FunctionsTest.show(run(text, Map.of(), new ArrayList<>()).outputs.get("o"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "concat('ab', 'cd', 'e') | abcde",
        "concat([1], [2, 3]) | [1,2,3]",
        "replace('a-b-c', '-', '_') | a_b_c",
        "replace(p, '-', '_') | unknown",
        "toLower(p) | unknown",
        "length(p) | unknown",
        "true ? 'yes' : 'no' | yes",
        "1 > 2 ? 'yes' : 'no' | no",
        "p == 'x' ? 'yes' : 'no' | unknown",
        "null ?? 'fallback' | fallback",
        "'set' ?? 'fallback' | set",
        "obj.a.b | deep",
        "obj.a!.b | deep",
        "obj.list[1] | y",
        "obj['key-1'] | 5",
        "arr[0].name | first",
        "arr[1]['name'] | second",
        "obj.missing | null",
        "!true | false",
        "3 + 4 * 2 | 11",
        "'st${toLower('ABC')}01' | stabc01",
        "'x-${p}' | shape:x-<?>",
        "resourceGroup().name | rg-a",
        "subscription().subscriptionId | sub-1",
        "resourceGroup().id | /subscriptions/sub-1/resourceGroups/rg-a",
        "subscription().id | /subscriptions/sub-1",
        "resourceGroup().location | unknown",
        "subscription().name | unknown",
        "resourceId('rg-z', 'Microsoft.Network/virtualNetworks/subnets', 'vn', 'sn') | /subscriptions/sub-1/resourceGroups/rg-z/providers/Microsoft.Network/virtualNetworks/vn/subnets/sn",
        "-(1 + 2) | -3",
        "!p | unknown",
        "5 - 7 | -2",
        "7 / 2 | 3",
        "7 % 3 | 1",
        "7 / 0 | unknown",
        "1 < 2 | true",
        "2 <= 1 | false",
        "3 >= 3 | true",
        "'a' > 'b' | unknown",
        "true && false | false",
        "null == null | true",
        "n == null | true",
        "n != null | false",
        "'a' != 'b' | true",
        "p ? 1 : 2 | unknown",
        "obj[p] | unknown",
        "arr[5] | unknown",
        "arr[-1] | unknown",
        "obj.a.b.c | unknown",
        "p.x | unknown",
        "{ 'k${p}': 1 }['k<?>'] | 1",
        "[for x in arr: x.name] | [first,second]",
        "[for (x, i) in arr: '${i}-${x.name}'] | [0-first,1-second]",
        "length([for x in [1, 2, 3]: if (x > 1) { v: x }]) | 2",
        "[for x in p: x] | unknown"
      })
  void operatorsAccessAndScopeFunctions(String expr, String expected) {
    assertEquals(expected, eval(expr), expr);
  }

  @Test
  void orNeedsBothSidesKnown() {
    // not in the table above, whose column separator is '|'
    assertEquals("true", eval("false || true"));
    assertEquals("false", eval("false || false"));
    assertEquals("unknown", eval("true || p"));
  }

  @Test
  void anUnresolvedParameterIsAPlaceholderAndANote() {
    List<String> unresolved = new ArrayList<>();
    Deployment d = run("param p string\noutput o string = p\n", Map.of(), unresolved);
    Value v = d.outputs.get("o");
    assertEquals(new Value.Unknown("parameter p" + Deployment.NO_VALUE), v);
    assertEquals(List.of("t.bicep:1: parameter p" + Deployment.NO_VALUE), unresolved);
  }

  @Test
  void aGivenParameterIsUsedAndADefaultOtherwise() {
    Deployment d =
        run(
            "param p string\nparam q string = 'dflt'\noutput o string = '${p}/${q}'\n",
            Map.of("p", new Value.Str("given")),
            new ArrayList<>());
    assertEquals(new Value.Str("given/dflt"), d.outputs.get("o"));
  }

  /** The role GUID of the one role assignment declared with the given roleDefinitionId. */
  private static String roleGuid(String roleDefinitionId) {
    List<Instance> instances = new ArrayList<>();
    String text =
        "param sub string\n"
            + "resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {\n"
            + "  name: guid('x')\n"
            + "  properties: {\n"
            + "    roleDefinitionId: "
            + roleDefinitionId
            + "\n"
            + "    principalId: 'p1'\n"
            + "  }\n"
            + "}\n";
    run(text, Map.of(), instances, new ArrayList<>());
    assertEquals(1, instances.size());
    assertEquals(new Location("t.bicep", 2, 1), instances.get(0).where());
    return Derive.roleGuid(instances.get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '" + CONTRIBUTOR + "')",
        "subscriptionResourceId(sub, 'Microsoft.Authorization/roleDefinitions', '"
            + CONTRIBUTOR
            + "')",
        "resourceId('Microsoft.Authorization/roleDefinitions', '" + CONTRIBUTOR + "')",
        "'/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/"
            + CONTRIBUTOR
            + "'",
        "concat('/providers/Microsoft.Authorization/roleDefinitions/', '" + CONTRIBUTOR + "')",
        "'/providers/Microsoft.Authorization/roleDefinitions/B24988AC-6180-42A0-AB88-20F7382DD24C'"
      })
  void theRoleGuidIsTheLastSegmentHoweverThePrefixIsBuilt(String roleDefinitionId) {
    assertEquals(CONTRIBUTOR, roleGuid(roleDefinitionId));
  }

  @Test
  void anUnknownRoleDefinitionYieldsNoGuid() {
    assertEquals("", roleGuid("sub"));
    assertEquals("", roleGuid("'/roleDefinitions/${sub}'"));
  }
}
