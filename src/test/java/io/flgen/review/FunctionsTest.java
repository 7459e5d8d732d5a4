package io.flgen.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flgen.review.bicep.BicepParser;
import io.flgen.review.bicep.ParseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The evaluator's functions on their own (issue 13 item 3): each expression evaluated in a one-line
 * file.
 */
class FunctionsTest {
  /**
   * The value of {@code output o = EXPR}, shown as text, or the Unknown's shape, or "unknown: why".
   */
  static String eval(String expr) {
    ParseResult r =
        BicepParser.parse("param p string\noutput o object = " + expr + "\n", "t.bicep");
    assertEquals(List.of(), r.errors(), expr);
    List<Instance> instances = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    Deployment d =
        Deployment.run(
            "t.bicep",
            r.file().get(),
            new Value.ScopeV("home", null, "rg-a"),
            new LinkedHashMap<>(),
            (f, p) -> Optional.empty(),
            instances,
            unresolved);
    Value v = d.outputs.get("o");
    return show(v);
  }

  static String show(Value v) {
    if (v instanceof Value.Arr a) {
      return "[" + String.join(",", a.items().stream().map(FunctionsTest::show).toList()) + "]";
    }
    if (v instanceof Value.Unknown u) {
      return u.shape() != null ? "shape:" + u.shape() : "unknown";
    }
    return String.valueOf(Value.text(v));
  }

  @Test
  void uniqueStringIsAzures() {
    // the published example of Azure's uniqueString (github.com/JasonWhall/go-azure-uniquestring)
    assertEquals("a7wkljktk6wne", eval("uniqueString('hello', 'world')"));
    assertEquals(eval("uniqueString('hello-world')"), eval("uniqueString('hello', 'world')"));
    assertEquals(13, eval("uniqueString('a')").length());
    assertEquals("shape:<uniqueString>", eval("uniqueString(p)"));
    assertEquals("shape:st<uniqueString>", eval("'st${uniqueString(resourceGroup().id)}'"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "substring('abcdef', 1, 3) | bcd",
        "substring('abcdef', 2) | cdef",
        "substring('abc', 2, 5) | unknown",
        "range(3, 4) | [3,4,5,6]",
        "min(4, 2, 9) | 2",
        "max([4, 2, 9]) | 9",
        "toLower('AbC') | abc",
        "toUpper('AbC') | ABC",
        "format('{0}-{1:D}-{{x}}', 'a', 7) | a-7-{x}",
        "format('{0}/roleDefinitions/{1}', p, 'x') | shape:<?>/roleDefinitions/x",
        "take('abcdef', 2) | ab",
        "take([1, 2, 3], 2) | [1,2]",
        "skip('abcdef', 4) | ef",
        "skip([1, 2, 3], 1) | [2,3]",
        "contains('Hello', 'ELL') | true",
        "contains([1, 2], 3) | false",
        "contains({a: 1}, 'A') | true",
        "length('abcd') | 4",
        "length([1, 2]) | 2",
        "length({a: 1, b: 2}) | 2",
        "environment().suffixes.storage | core.windows.net",
        "environment().name | AzureCloud",
        "tenant().tenantId | unknown",
        "deployment().name | unknown",
        "first([7, 8]) | 7",
        "resourceId(p, 'Microsoft.Authorization/roleDefinitions', 'b24988ac-6180-42a0-ab88-20f7382dd24c') | shape:<?>/b24988ac-6180-42a0-ab88-20f7382dd24c",
        "subscriptionResourceId(p, 'Microsoft.Authorization/roleDefinitions', 'b24988ac-6180-42a0-ab88-20f7382dd24c') | shape:<?>/b24988ac-6180-42a0-ab88-20f7382dd24c",
        "subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'abc') | /providers/Microsoft.Authorization/roleDefinitions/abc",
        "subscriptionResourceId('abc') | shape:<?>/abc",
        "resourceId('s-9', 'rg-z', 'Microsoft.Storage/storageAccounts', 'st') | /subscriptions/s-9/resourceGroups/rg-z/providers/Microsoft.Storage/storageAccounts/st",
        "resourceId('a', 'b') | unknown",
        "resourceId('Microsoft.Storage', 'st') | unknown",
        "resourceId('a.b/', 'st') | unknown",
        "empty(null) | true",
        "empty('') | true",
        "empty('a') | false",
        "empty([]) | true",
        "empty({}) | true",
        "empty(1) | false",
        "empty(p) | unknown",
        "split('a,b,,c', ',') | [a,b,,c]",
        "split(p, ',') | unknown",
        "last([1, 2, 3]) | 3",
        "last([]) | unknown",
        "first([]) | null",
        "first('xyz') | x",
        "first(p) | unknown",
        "union({a: 1}, {b: 2}).b | 2",
        "union({a: 1}, {a: 2}).a | 2",
        "union({a: 1}, p) | unknown",
        "guid('a', p) | guid(a,?)",
        "string(5) | 5",
        "string(p) | unknown",
        "toUpper(p) | unknown",
        "resourceGroup('rg-b').name | rg-b",
        "resourceGroup('s-2', 'rg-c').id | /subscriptions/s-2/resourceGroups/rg-c",
        "resourceGroup(p).name | unknown",
        "resourceGroup().id | shape:/subscriptions/<?>/resourceGroups/rg-a",
        "subscription('s-3').subscriptionId | s-3",
        "subscription('s-3').id | /subscriptions/s-3",
        "subscription(p) | unknown",
        "format('{0,5}-{0:x}', 'a') | a-a",
        "format('}}{0}{{', 'a') | }a{",
        "format('{0', 'a') | unknown",
        "format('{1}', 'a') | unknown",
        "format('{x}', 'a') | unknown",
        "format(p, 'a') | unknown",
        "take('abc', 10) | abc",
        "skip('abc', -1) | abc",
        "take('abc', p) | unknown",
        "skip(p, 1) | unknown",
        "min(p, 1) | unknown",
        "min([]) | unknown",
        "range(0, 0) | []",
        "range(1, -1) | unknown",
        "substring('abc', -1, 1) | unknown",
        "substring(p, 0, 1) | unknown",
        "contains([p, 'a'], 'a') | true",
        "contains([p], 'a') | unknown",
        "contains('abc') | unknown",
        "contains(p, 'a') | unknown",
        "concat('a', p, 'b') | shape:a<?>b",
        "concat([1], 'b') | shape:<?>b",
        "tenant().countryCode | unknown",
        "environment().authentication.tenant | common",
        "environment().suffixes.keyvaultDns | .vault.azure.net",
        "listKeys('x', '2021-01-01') | unknown"
      })
  void evaluates(String expr, String expected) {
    assertEquals(expected, eval(expr));
  }

  @Test
  void aRangeBeyondTheBudgetFailsIt() {
    try {
      eval("range(0, 100001)");
    } catch (Deployment.BudgetExceeded e) {
      assertEquals("range() of more than 100000 items", e.getMessage());
      return;
    }
    throw new AssertionError("no budget exceeded");
  }
}
