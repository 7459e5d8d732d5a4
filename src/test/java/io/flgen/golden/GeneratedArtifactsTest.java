package io.flgen.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.render.GeneratedFiles;
import io.flgen.schemas.YamlSchemaValidator;
import io.flgen.verify.AzureTypeCatalog;
import io.flgen.verify.BicepSyntax;
import io.flgen.verify.TypeConformance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every renderable blueprint: renders deterministically, equals its checked-in sample, and every
 * generated file verifies (Bicep grammar, Azure type catalogue, Azure ML YAML schemas).
 */
class GeneratedArtifactsTest {

  static List<String> blueprints() {
    return Blueprints.renderable();
  }

  @ParameterizedTest
  @MethodSource("blueprints")
  void rendersByteIdenticalTwice(String name) {
    assertEquals(Blueprints.render(name).asMap(), Blueprints.render(name).asMap());
  }

  @ParameterizedTest
  @MethodSource("blueprints")
  void sampleMatchesFreshRender(String name) throws IOException {
    Path dir = Blueprints.SAMPLES.resolve(name);
    Map<String, String> onDisk = new TreeMap<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.filter(Files::isRegularFile).toList()) {
          onDisk.put(
              dir.relativize(p).toString().replace('\\', '/'),
              Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    assertEquals(
        Blueprints.render(name).asMap(),
        onDisk,
        "generated-samples/" + name + " is stale: run tools/update-samples.sh and review the diff");
  }

  @ParameterizedTest
  @MethodSource("blueprints")
  void bicepParsesWithTreeSitter(String name) {
    BicepSyntax.Result r = BicepSyntax.check(Blueprints.SAMPLES.resolve(name).resolve("infra"));
    assertEquals(List.of(), r.errors(), r.output());
    assertEquals(0, r.exitCode(), r.output());
  }

  @ParameterizedTest
  @MethodSource("blueprints")
  void bicepPropertiesConformToTypeCatalogue(String name) {
    AzureTypeCatalog cat = AzureTypeCatalog.forTests();
    GeneratedFiles files = Blueprints.render(name);
    List<String> violations = new ArrayList<>();
    int checked = 0;
    for (var e : files.asMap().entrySet()) {
      if (e.getKey().endsWith(".bicep")) {
        violations.addAll(TypeConformance.checkBicepSource(cat, e.getKey(), e.getValue()));
        checked++;
      }
    }
    assertTrue(checked >= 2, "expected main.bicep and its modules, checked " + checked);
    assertEquals(List.of(), violations);
  }

  /**
   * A bundle ships only the modules it calls, so the blueprints together must call every module
   * template.
   */
  @org.junit.jupiter.api.Test
  void everyModuleTemplateIsTypeCheckedByABlueprint() throws java.io.IOException {
    java.util.TreeSet<String> templates = new java.util.TreeSet<>();
    try (var s = java.nio.file.Files.list(Path.of("src/main/resources/templates/bicep/modules"))) {
      s.forEach(p -> templates.add(p.getFileName().toString().replace(".bicep.ftl", ".bicep")));
    }
    java.util.TreeSet<String> rendered = new java.util.TreeSet<>();
    for (String name : blueprints()) {
      for (String path : Blueprints.render(name).asMap().keySet()) {
        if (path.contains("modules/")) {
          rendered.add(path.substring(path.lastIndexOf('/') + 1));
        }
      }
    }
    assertEquals(
        templates,
        rendered,
        "module templates vs modules some blueprint renders (and type-checks)");
  }

  @ParameterizedTest
  @MethodSource("blueprints")
  void amlYamlValidatesAgainstSchemas(String name) {
    GeneratedFiles files = Blueprints.render(name);
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (var e : files.asMap().entrySet()) {
      String p = e.getKey();
      Path schema;
      if (p.equals("aml/pipeline.yaml") || p.equals("aml/baseline.yaml")) {
        schema = Path.of("schemas/aml/pipeline-job.schema.json");
      } else if (p.startsWith("aml/datastores/")) {
        schema = Path.of("schemas/aml/datastore-blob.schema.json");
      } else if (p.startsWith("aml/data/")) {
        schema = Path.of("schemas/aml/data-asset.schema.json");
      } else {
        continue;
      }
      checked++;
      YamlSchemaValidator.validateYamlText(schema, e.getValue())
          .forEach(m -> problems.add(p + ": " + m));
    }
    assertFalse(checked == 0);
    assertEquals(List.of(), problems);
  }
}
