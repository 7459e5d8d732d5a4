package io.flgen.review.bicep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.review.bicep.Decl.ResourceDecl;
import io.flgen.review.bicep.Expr.Ident;
import io.flgen.review.bicep.Expr.Interpolation;
import io.flgen.review.bicep.Expr.ObjectExpr;
import io.flgen.review.bicep.Expr.Property;
import io.flgen.review.bicep.Expr.StringLit;
import io.flgen.review.bicep.Expr.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BicepParserTest {

  private static final Path FIXTURES = Path.of("src/test/resources/review/bicep");

  private static BicepFile parseOk(String source) {
    ParseResult result = BicepParser.parse(source, "test.bicep");
    assertEquals(List.of(), result.errors(), "unexpected syntax errors");
    return result.file().orElseThrow();
  }

  private static String shape(String source) {
    return AstPrinter.file(parseOk(source));
  }

  private static List<String> errors(String source) {
    ParseResult result = BicepParser.parse(source, "bad.bicep");
    assertTrue(result.file().isEmpty(), "a malformed file must not produce a tree");
    return result.errors().stream().map(SyntaxError::toString).toList();
  }

  private static Location at(int line, int column) {
    return new Location(line, column);
  }

  // ------------------------------------------------------------------ exact trees

  @Test
  void existingResourceHasExactTree() {
    BicepFile file =
        parseOk(
            """
                resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
                  name: 'st'
                }
                """);
    ResourceDecl expected =
        new ResourceDecl(
            "account",
            "Microsoft.Storage/storageAccounts",
            "2023-05-01",
            true,
            new ObjectExpr(
                List.of(
                    new Property(
                        new Ident("name", at(2, 3)),
                        new StringLit(List.of(new Text("st")), false, at(2, 9)),
                        at(2, 3))),
                at(1, 76)),
            List.of(),
            at(1, 1));
    assertEquals(List.of(expected), file.declarations());
    assertEquals(List.of(expected), file.resources());
  }

  @Test
  void nestedInterpolationHasExactParts() {
    BicepFile file = parseOk("var s = 'a-${env == 'dev' ? 'd-${name}' : 'p'}-z'\n");
    Expr value = ((Decl.VarDecl) file.declarations().get(0)).value();
    StringLit inner =
        new StringLit(
            List.of(new Text("d-"), new Interpolation(new Ident("name", at(1, 34)))),
            false,
            at(1, 29));
    Expr.Ternary ternary =
        new Expr.Ternary(
            new Expr.Binary(
                "==",
                new Ident("env", at(1, 14)),
                new StringLit(List.of(new Text("dev")), false, at(1, 21)),
                at(1, 14)),
            inner,
            new StringLit(List.of(new Text("p")), false, at(1, 43)),
            at(1, 14));
    assertEquals(
        new StringLit(
            List.of(new Text("a-"), new Interpolation(ternary), new Text("-z")), false, at(1, 9)),
        value);
    assertFalse(((StringLit) value).isLiteral());
  }

  @Test
  void moduleWithScopeAndParams() {
    String source =
        """
                module storage 'modules/storage.bicep' = {
                  name: 'storage'
                  scope: resourceGroup('s', 'g')
                  params: {
                    name: 'stfl'
                    tags: tags
                  }
                  dependsOn: [
                    rg
                  ]
                }
                """;
    assertEquals(
        "(module storage modules/storage.bicep {name: \"storage\", "
            + "scope: (call resourceGroup(\"s\", \"g\")), params: {name: \"stfl\", tags: tags}, dependsOn: [rg]})",
        shape(source));
    Decl.ModuleDecl module = parseOk(source).modules().get(0);
    ObjectExpr body = (ObjectExpr) module.body();
    assertEquals(
        new Expr.Call(
            Optional.empty(),
            "resourceGroup",
            List.of(
                new StringLit(List.of(new Text("s")), false, at(3, 24)),
                new StringLit(List.of(new Text("g")), false, at(3, 29))),
            at(3, 10)),
        body.get("scope").orElseThrow());
    ObjectExpr params = (ObjectExpr) body.get("params").orElseThrow();
    assertEquals(new Ident("tags", at(6, 11)), params.get("tags").orElseThrow());
    assertEquals(Optional.empty(), body.get("missing"));
  }

  @Test
  void forWithIndexAndCondition() {
    String source =
        """
                @batchSize(2)
                resource c 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for (x, i) in items: if (i > 0) {
                  name: 'c${i}'
                }]
                """;
    assertEquals(
        "(resource c Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01 "
            + "(for x,i in items if (> i 0) : {name: (str \"c\" ${i})}) @batchSize(2))",
        shape(source));
    ResourceDecl r = parseOk(source).resources().get(0);
    Expr.ForExpr loop = (Expr.ForExpr) r.body();
    assertEquals(at(2, 85), loop.location());
    assertEquals(Optional.of("i"), loop.indexVar());
    assertEquals(at(2, 1), r.location());
    assertEquals(at(1, 1), r.decorators().get(0).location());
  }

  @Test
  void decoratorsAndParamTypes() {
    assertEquals(
        """
                (param name string @description("The name.") @minLength(3))
                (param d int = 3 @sys.description("x"))
                (param access string = "Enabled" @allowed(["Enabled", "Disabled"]))
                (param secret string @secure())
                (param names string[] = ["a"])
                (param mode (| "fast" "slow") = "fast")
                (param maybe string?)
                (param props resourceInput<"Microsoft.Storage/storageAccounts@2024-01-01">.properties)
                (param offset int = (- 2))""",
        shape(
            """
                @description('The name.')
                @minLength(3)
                param name string
                @sys.description('x')
                param d int = 3
                @allowed([
                  'Enabled'
                  'Disabled'
                ])
                param access string = 'Enabled'
                @secure()
                param secret string
                param names string[] = ['a']
                param mode 'fast' | 'slow' = 'fast'
                param maybe string?
                param props resourceInput<'Microsoft.Storage/storageAccounts@2024-01-01'>.properties
                param offset int = -2
                """));
  }

  @Test
  void operatorPrecedence() {
    assertEquals(
        "(var x = (?? a (|| b (&& c (== d (< e (+ f (* g h))))))))",
        shape("var x = a ?? b || c && d == e < f + g * h\n"));
    assertEquals(
        "(var x = (+ (- (* a b) (% c d)) (/ e f)))", shape("var x = a * b - c % d + e / f\n"));
    assertEquals("(var x = (&& (! a) (- b)))", shape("var x = !a && -b\n"));
    assertEquals("(var x = (* (+ a b) c))", shape("var x = (a + b) * c\n"));
    assertEquals("(var x = (? a b (? c d e)))", shape("var x = a ? b : c ? d : e\n"));
    assertEquals("(var x = (? (> a b) 1 2))", shape("var x = a > b\n  ? 1\n  : 2\n"));
    assertEquals("(var x = (|| (=~ a b) (!~ c d)))", shape("var x = a =~ b || c !~ d\n"));
  }

  @Test
  void accessorsCallsAndLambdas() {
    assertEquals(
        "(var k = (. ([] (. (mcall account listKeys()) keys) 0) value))",
        shape("var k = account.listKeys().keys[0].value\n"));
    assertEquals("(var s = (.? (.? o a) b))", shape("var s = o.?a.?b\n"));
    assertEquals("(var id = (. (:: vnet subnet) id))", shape("var id = vnet::subnet.id\n"));
    assertEquals("(var rg = (call az.resourceGroup()))", shape("var rg = az.resourceGroup()\n"));
    assertEquals(
        "(var c = (call sys.concat(\"a\", \"b\")))", shape("var c = sys.concat('a', 'b')\n"));
    assertEquals(
        "(var l = (. (call resourceGroup()) location))",
        shape("var l = resourceGroup().location\n"));
    assertEquals(
        "(var d = (call map(items, (lambda (x) (* x 2)))))",
        shape("var d = map(items, x => x * 2)\n"));
    assertEquals(
        "(var t = (call reduce(items, 0, (lambda (acc n) (+ acc n)))))",
        shape("var t = reduce(items, 0, (acc, n) => acc + n)\n"));
    assertEquals(
        "(var u = (call union(a, {b: 1})))",
        shape("var u = union(\n  a,\n  {\n    b: 1\n  }\n)\n"));
  }

  @Test
  void objectsArraysStrings() {
    assertEquals(
        "(var o = {a: 1, \"quoted-key\": true, (str ${name} \"-x\"): {}, type: \"t\", "
            + "c: [1, 2, null, false]})",
        shape(
            """
                var o = {
                  a: 1
                  'quoted-key': true
                  '${name}-x': {}
                  type: 't'
                  c: [1, 2
                    null
                    false]
                }
                """));
    assertEquals(
        "(var s = \"it's \\\\ \\n\\r\\t $ \uD83D\uDE00\")",
        shape("var s = 'it\\'s \\\\ \\n\\r\\t \\$ \\u{1F600}'\n"));
    assertEquals(
        "(var m = '''line 1\n  ${not} 'interpolated'\n''')",
        shape("var m = '''\nline 1\n  ${not} 'interpolated'\n'''\n"));
    assertEquals("(var e = {a: 1, b: 2})", shape("var e = { a: 1, b: 2 }\n"));
  }

  @Test
  void nestedChildResourceAndScopeMetadata() {
    BicepFile file =
        parseOk(
            """
                targetScope = 'resourceGroup'
                metadata info = 'x'
                resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = if (deploy) {
                  name: 'vnet'
                  resource subnet 'subnets' = {
                    name: 'default'
                  }
                }
                """);
    assertEquals(
        Optional.of(new StringLit(List.of(new Text("resourceGroup")), false, at(1, 15))),
        file.targetScope());
    ResourceDecl vnet = file.resources().get(0);
    ObjectExpr body = (ObjectExpr) ((Expr.IfExpr) vnet.body()).body();
    ResourceDecl subnet = body.resources().get(0);
    assertEquals("subnets", subnet.type());
    assertEquals("", subnet.apiVersion());
    assertEquals(at(5, 3), subnet.location());
    assertEquals(1, body.properties().size());
  }

  @Test
  void typesFuncsImports() {
    assertEquals(
        """
                (import {a, b as c} ./shared.bicep)
                (import {} * as common common.bicep)
                (type sku (| "A" "B") @export())
                (type s {@description("n") name: string, size: int?, *: string})
                (type pair [string, int])
                (func f (p string, n int) string => (str ${p} \"-\" ${n}))""",
        shape(
            """
                import { a, b as c } from './shared.bicep'
                import * as common from 'common.bicep'
                @export()
                type sku = 'A' | 'B'
                type s = {
                  @description('n')
                  name: string
                  size: int?
                  *: string
                }
                type pair = [string, int]
                func f(p string, n int) string => '${p}-${n}'
                """));
  }

  @Test
  void crlfLineEndsGiveSameLocations() {
    BicepFile file = parseOk("param a string\r\n\r\nvar b = {\r\n  c: a\r\n}\r\n");
    Decl.VarDecl b = (Decl.VarDecl) file.declarations().get(1);
    assertEquals(at(3, 1), b.location());
    assertEquals(at(4, 3), ((ObjectExpr) b.value()).properties().get(0).location());
  }

  @Test
  void readerOnlyConstructs() {
    assertEquals(
        "(var m = {...base, b: 2})\n(var l = [...xs, 3])",
        shape("var m = {\n  ...base\n  b: 2\n}\nvar l = [\n  ...xs\n  3\n]\n"));
    assertEquals(
        "(extension k8s with {ns: \"d\"} as k)",
        shape("extension k8s with {\n  ns: 'd'\n} as k\n"));
    assertEquals("(var t string = \"x\")", shape("var t string = 'x'\n"));
  }

  static Stream<Path> readerOnlyFiles() throws IOException {
    return list(FIXTURES.resolve("reader-only"));
  }

  static Stream<Path> validFiles() throws IOException {
    return list(FIXTURES.resolve("valid"));
  }

  static Stream<Path> invalidFiles() throws IOException {
    return list(FIXTURES.resolve("invalid"));
  }

  private static Stream<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".bicep")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource({"readerOnlyFiles", "validFiles"})
  void fixtureParses(Path file) throws IOException {
    ParseResult result = BicepParser.parse(Files.readString(file), file.toString());
    assertEquals(List.of(), result.errors());
  }

  @ParameterizedTest
  @MethodSource("invalidFiles")
  void invalidFixtureIsRejected(Path file) throws IOException {
    ParseResult result = BicepParser.parse(Files.readString(file), file.toString());
    assertFalse(result.errors().isEmpty(), file + " must be rejected");
    assertTrue(result.file().isEmpty());
  }

  // ------------------------------------------------------------------ errors

  @Test
  void exactErrorMessages() {
    assertEquals(
        List.of("bad.bicep:1:17: expected an expression but found end of line"),
        errors("param x string =\nparam y string\n"));
    assertEquals(
        List.of("bad.bicep:1:20: expected '=' after resource 'r' but found '{'"),
        errors("resource r 'A/b@1' {\n  name: 'x'\n}\n"));
    assertEquals(
        List.of(
            "bad.bicep:3:1: expected '}' to close the object opened at 1:9 but found end of file"),
        errors("var o = {\n  a: 1\n"));
    assertEquals(
        List.of(
            "bad.bicep:1:12: invalid escape sequence '\\x' (valid: \\\\ \\' \\n \\r \\t \\$ \\u{...})"),
        errors("var p = 'C:\\xtemp'\n"));
    assertEquals(
        List.of("bad.bicep:1:9: unterminated string"), errors("var s = 'abc\nvar t = 1\n"));
    assertEquals(
        List.of("bad.bicep:2:11: expected end of line after the declaration but found ')'"),
        errors("param a string\nvar b = 1 )\n"));
    assertEquals(
        List.of(
            "bad.bicep:2:1: expected ']' to close the for-expression opened at 1:9 but found 'output'"),
        errors("var n = [for i in xs: i\noutput o array = n\n"));
  }

  @Test
  void recoversAndReportsSeveralErrors() {
    List<String> errors = errors("var a = \nparam b string\nvar c = )\nvar ok = 1\n");
    assertEquals(
        List.of(
            "bad.bicep:1:9: expected an expression but found end of line",
            "bad.bicep:3:9: expected an expression but found ')'"),
        errors);
  }

  @Test
  void deepNestingIsAnErrorNotACrash() {
    for (String open : List.of("(", "[", "{a:", "!", "-", "'${")) {
      String source = "var x = " + open.repeat(5000) + "1\n";
      List<String> errors = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> errors(source));
      assertTrue(
          errors.stream().anyMatch(e -> e.contains("nested too deeply")), open + ": " + errors);
    }
    // 150 levels is fine
    parseOk("var x = " + "(".repeat(150) + "1" + ")".repeat(150) + "\n");
  }

  @Test
  void mutatedSourcesNeverThrowOrHang() throws IOException {
    List<String> sources;
    try (Stream<Path> s = Stream.concat(validFiles(), invalidFiles())) {
      sources =
          s.map(
                  p -> {
                    try {
                      return Files.readString(p);
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .toList();
    }
    Random random = new Random(42);
    String junk = "{}[]()'$:=?.,@!\n\\|";
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          for (String source : sources) {
            for (int i = 0; i < 200; i++) {
              StringBuilder sb = new StringBuilder(source);
              int edits = 1 + random.nextInt(3);
              for (int k = 0; k < edits && sb.length() > 0; k++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(3)) {
                  case 0 -> sb.deleteCharAt(at);
                  case 1 -> sb.insert(at, junk.charAt(random.nextInt(junk.length())));
                  default -> sb.setLength(at);
                }
              }
              ParseResult r = BicepParser.parse(sb.toString(), "fuzz.bicep");
              assertEquals(r.errors().isEmpty(), r.file().isPresent());
              for (SyntaxError e : r.errors()) {
                assertTrue(e.line() >= 1 && e.column() >= 1, e.toString());
              }
            }
          }
        });
  }
}
