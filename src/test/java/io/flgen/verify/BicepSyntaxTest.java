package io.flgen.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the tree-sitter based Bicep syntax checker on known-good and known-broken fixtures. */
class BicepSyntaxTest {

  private static final String FIXTURES = "src/test/resources/verify/bicep/";

  @Test
  void goodFixturePasses() {
    BicepSyntax.Result result = BicepSyntax.check(Path.of(FIXTURES + "good/main.bicep"));
    assertEquals(List.of(), result.errors(), result.output());
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("checked 1 file(s), 0 error(s)"), result.output());
  }

  @Test
  void goodDirectoryIsWalkedRecursively() {
    BicepSyntax.Result result = BicepSyntax.check(Path.of(FIXTURES + "good")).assertClean();
    assertTrue(result.output().contains("checked 2 file(s), 0 error(s)"), result.output());
  }

  @Test
  void brokenFixtureReportsExactErrors() {
    BicepSyntax.Result result = BicepSyntax.check(Path.of(FIXTURES + "broken/broken.bicep"));
    assertEquals(1, result.exitCode(), result.output());
    assertEquals(
        List.of(
            FIXTURES
                + "broken/broken.bicep:4:1: error: ERROR near 'resource storage \\'Microsoft.Storage/stor...'",
            FIXTURES + "broken/broken.bicep:9:2: error: MISSING } near '}'"),
        result.errors(),
        result.output());
    assertTrue(result.output().contains("checked 1 file(s), 2 error(s)"), result.output());
  }

  @Test
  void missingFileIsAUsageError() {
    BicepSyntax.Result result = BicepSyntax.check(Path.of(FIXTURES + "does-not-exist.bicep"));
    assertEquals(2, result.exitCode(), result.output());
  }
}
