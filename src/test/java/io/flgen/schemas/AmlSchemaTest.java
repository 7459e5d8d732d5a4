package io.flgen.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Validates the project-owned Azure ML CLI v2 JSON Schemas in {@code schemas/aml} and the YAML
 * fixtures in {@code src/test/resources/aml/{valid,invalid}}.
 *
 * <p>A fixture's schema is chosen by its file-name prefix (see {@link #SCHEMA_BY_PREFIX}). Every
 * invalid fixture starts with a comment line {@code # expect: <substring of an expected error
 * message>}.
 */
class AmlSchemaTest {

  static final Path SCHEMA_DIR = Path.of("schemas", "aml");
  static final Path FIXTURES = Path.of("src", "test", "resources", "aml");

  /** File-name prefix of a fixture to the schema it is validated against; longest prefix wins. */
  static final Map<String, String> SCHEMA_BY_PREFIX = new LinkedHashMap<>();

  static {
    SCHEMA_BY_PREFIX.put("datastore-adls-gen2-", "datastore-adls-gen2.schema.json");
    SCHEMA_BY_PREFIX.put("datastore-blob-", "datastore-blob.schema.json");
    SCHEMA_BY_PREFIX.put("data-asset-", "data-asset.schema.json");
    SCHEMA_BY_PREFIX.put("pipeline-", "pipeline-job.schema.json");
  }

  static final List<String> REQUIRED_SCHEMAS =
      List.of("pipeline-job.schema.json", "datastore-blob.schema.json", "data-asset.schema.json");

  static Path schemaFor(Path fixture) {
    String file = fixture.getFileName().toString();
    return SCHEMA_BY_PREFIX.entrySet().stream()
        .filter(e -> file.startsWith(e.getKey()))
        .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
        .map(e -> SCHEMA_DIR.resolve(e.getValue()))
        .orElseThrow(
            () ->
                new AssertionError(
                    "No schema for fixture name "
                        + file
                        + "; name it with one of the prefixes "
                        + SCHEMA_BY_PREFIX.keySet()));
  }

  static Stream<Named<Path>> fixtures(String kind) throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES.resolve(kind))) {
      List<Path> list =
          files
              .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
              .sorted()
              .toList();
      assertFalse(list.isEmpty(), "no " + kind + " fixtures found");
      return list.stream().map(p -> Named.of(p.getFileName().toString(), p));
    }
  }

  static Stream<Named<Path>> validFixtures() throws IOException {
    return fixtures("valid");
  }

  static Stream<Named<Path>> invalidFixtures() throws IOException {
    return fixtures("invalid");
  }

  static Stream<Named<Path>> schemas() throws IOException {
    try (Stream<Path> files = Files.list(SCHEMA_DIR)) {
      return files.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList().stream()
          .map(p -> Named.of(p.getFileName().toString(), p));
    }
  }

  @Test
  void requiredSchemasExist() {
    for (String name : REQUIRED_SCHEMAS) {
      assertTrue(Files.isRegularFile(SCHEMA_DIR.resolve(name)), "missing schema " + name);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void schemaIsValidDraft202012(Path schema) {
    JsonNode node = YamlSchemaValidator.readJson(schema);
    assertEquals(
        YamlSchemaValidator.DRAFT_2020_12_META_SCHEMA,
        node.path("$schema").asString(),
        "schema must declare draft 2020-12");
    assertEquals(List.of(), YamlSchemaValidator.validateAgainstMetaSchema(schema));
    // Compiles every keyword (resolves each $ref, compiles each regex).
    YamlSchemaValidator.loadSchema(schema);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void everyPropertyHasADescription(Path schema) {
    assertEquals(
        List.of(),
        YamlSchemaValidator.undescribedProperties(YamlSchemaValidator.readJson(schema)),
        "properties without a description in " + schema);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFixtures")
  void validFixturePasses(Path fixture) {
    List<String> errors = YamlSchemaValidator.validate(schemaFor(fixture), fixture);
    assertEquals(
        List.of(),
        errors,
        () -> fixture + " should be valid but got:\n  " + String.join("\n  ", errors));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFixtures")
  void invalidFixtureFailsWithExpectedMessage(Path fixture) throws IOException {
    String firstLine = Files.readAllLines(fixture, StandardCharsets.UTF_8).get(0);
    String prefix = "# expect:";
    if (!firstLine.startsWith(prefix)) {
      fail(fixture + " must start with '" + prefix + " <expected message substring>'");
    }
    String expected = firstLine.substring(prefix.length()).trim();
    assertFalse(expected.isEmpty(), "empty expectation in " + fixture);

    List<String> errors = YamlSchemaValidator.validate(schemaFor(fixture), fixture);
    assertFalse(errors.isEmpty(), fixture + " should be invalid but passed");
    assertTrue(
        errors.stream().anyMatch(m -> m.contains(expected)),
        () ->
            fixture
                + ": no error contains '"
                + expected
                + "'; got:\n  "
                + String.join("\n  ", errors));
  }
}
