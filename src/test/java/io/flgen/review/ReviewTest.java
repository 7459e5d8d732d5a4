package io.flgen.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.golden.Blueprints;
import io.flgen.plan.Plan;
import io.flgen.render.GeneratedFiles;
import io.flgen.render.OutputFolder;
import io.flgen.rules.RuleCatalog;
import io.flgen.rules.RuleEngine;
import io.flgen.terms.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** flgen review: agreement with the plan, the reference-sample defects, drift, and the report. */
class ReviewTest {
  static List<String> blueprints() {
    return Blueprints.renderable();
  }

  private static Path write(Path dir, String blueprint) throws IOException {
    GeneratedFiles files = Blueprints.render(blueprint);
    Path out = dir.resolve(blueprint);
    OutputFolder.write(out, files);
    return out;
  }

  private static List<io.flgen.plan.DataAssetPlan> byName(List<io.flgen.plan.DataAssetPlan> a) {
    return a.stream()
        .sorted(java.util.Comparator.comparing(io.flgen.plan.DataAssetPlan::name))
        .toList();
  }

  private static Set<String> matrix(Plan p) {
    return p.grants().stream()
        .map(g -> g.principal() + " | " + g.roleName() + " | " + g.targetPath())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest
  @MethodSource("blueprints")
  void reviewOfARenderHasThePlansAccessMatrixAndNoExtraFinding(String blueprint, @TempDir Path tmp)
      throws IOException {
    Path dir = write(tmp, blueprint);
    ReviewResult r = Review.run(dir, blueprint, Optional.empty(), true);
    Plan plan = Blueprints.plan(blueprint);
    assertEquals(
        matrix(plan), matrix(r.plan()), "access matrix of review(render(" + blueprint + "))");
    assertEquals(List.of(), r.problems(), "parse problems");
    assertEquals(List.of(), r.unresolved(), "unresolved");
    assertEquals(
        byName(plan.pipeline().assets()),
        byName(r.plan().pipeline().assets()),
        "data assets of review(render(" + blueprint + "))");
    Set<String> planned =
        RuleEngine.run(RuleCatalog.ALL, plan, plan.stage(), x -> null, true).results().stream()
            .map(x -> x.finding().ruleId() + " " + x.finding().target())
            .collect(Collectors.toSet());
    List<String> extra =
        r.report().results().stream()
            .map(x -> x.finding().ruleId() + " " + x.finding().target())
            .filter(f -> !planned.contains(f))
            .toList();
    assertEquals(List.of(), extra, "findings the plan did not have");
    assertTrue(
        r.drift().manifest() && r.drift().edited().isEmpty() && r.drift().added().isEmpty(),
        r.drift().toString());
  }

  @ParameterizedTest(name = "{0}: {1} at {2}:{3}")
  @CsvSource({
    "key-granting-roles, FLG-STO-001, main.bicep, 30",
    "key-granting-roles, FLG-STO-001, main.bicep, 40",
    "acr-admin-user, FLG-ACR-001, main.bicep, 4",
    "public-key-vault, FLG-KV-003, main.bicep, 4",
    "wrong-vault-dns-zone, FLG-KV-004, main.bicep, 40",
    "wrong-vault-dns-zone, FLG-KV-004, main.bicep, 45",
    "eyes-off-public-ip, FLG-CMP-001, main.bicep, 13",
    "secret-output, FLG-HYG-002, main.bicep, 19",
    "secret-output, FLG-STO-002, main.bicep, 4"
  })
  void referenceSampleDefectIsFoundAtItsLine(String fixture, String rule, String file, int line) {
    ReviewResult r =
        Review.run(
            Path.of("src/test/resources/review/defects").resolve(fixture),
            fixture,
            Optional.of(Stage.RUN),
            true);
    List<String> found =
        r.report().results().stream()
            .map(x -> x.finding().ruleId() + " " + x.location().file() + ":" + x.location().line())
            .toList();
    assertTrue(found.contains(rule + " " + file + ":" + line), found.toString());
  }

  @Test
  void anEditThatAddsAKeyRoleIsDriftInTheAccessMatrix(@TempDir Path tmp) throws IOException {
    Path dir = write(tmp, "run-eyes-off");
    Path main = dir.resolve("infra/main.bicep");
    String bicep = Files.readString(main);
    // the first silo's data grant becomes Reader and Data Access, a key-granting role
    String edited =
        bicep.replaceFirst(
            "roleDefinitionGuid: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'\n(\\s+grantDescription: 'Storage Blob Data Contributor: the silo reads)",
            "roleDefinitionGuid: 'c12c1c16-33a1-487b-954d-41c89c60f349'\n$1");
    assertTrue(!edited.equals(bicep), "the edit applied");
    Files.writeString(main, edited);
    ReviewResult r = Review.run(dir, "run-eyes-off", Optional.empty(), true);
    assertEquals(List.of("infra/main.bicep"), r.drift().edited());
    assertEquals(1, r.drift().accessAdded().size(), r.drift().toString());
    assertTrue(
        r.drift().accessAdded().get(0).contains("Reader and Data Access"), r.drift().toString());
    assertEquals(1, r.drift().accessRemoved().size(), r.drift().toString());
    // the grant is on the silo's data container: Reader and Data Access there cannot list the
    // account keys (listKeys is an action on the account), so it is drift but no FLG-STO-001
    List<String> found = new java.util.ArrayList<>();
    for (int i = 0; i < r.report().results().size(); i++) {
      var x = r.report().results().get(i);
      if (x.finding().ruleId().equals("FLG-STO-001")) {
        found.add(x.location().file() + " via " + r.placement(i).via());
      }
    }
    assertEquals(List.of(), found);
    assertTrue(
        ReviewMarkdown.render(r)
            .contains("- access added: id-flrun-hospital-a -> Reader and Data Access on"));
  }

  /**
   * Reviews run-eyes-off after an edit: hospital-b's preprocess step reads {@code path} instead of
   * its own training data asset.
   */
  private static ReviewResult reviewWithHospitalBReading(Path tmp, String path) throws IOException {
    return reviewWithHospitalBReading(tmp, "uri_folder", path);
  }

  /** hospital-b's preprocess step edited to read {@code path} as an input of {@code type}. */
  private static ReviewResult reviewWithHospitalBReading(Path tmp, String type, String path)
      throws IOException {
    Path dir = write(tmp, "run-eyes-off");
    Path pipeline = dir.resolve("aml/pipeline.yaml");
    String yaml = Files.readString(pipeline);
    String edited =
        yaml.replaceFirst(
            "(preprocess_hospital_b:(?s:.*?)type: )uri_folder(\\s+path: )azureml:hospital-b-train:1",
            "$1" + type + "$2" + java.util.regex.Matcher.quoteReplacement(path));
    assertTrue(!edited.equals(yaml), "the edit applied");
    Files.writeString(pipeline, edited);
    ReviewResult r = Review.run(dir, "run-eyes-off", Optional.empty(), true);
    assertEquals(List.of("aml/pipeline.yaml"), r.drift().edited());
    return r;
  }

  @Test
  void anEditedPipelineStepReadingAnotherSilosDatastoreIsFound(@TempDir Path tmp)
      throws IOException {
    // hospital-b's preprocess step now reads hospital-a's raw training data, by raw path
    ReviewResult r =
        reviewWithHospitalBReading(
            tmp, "azureml://datastores/hospital_a_data/paths/records/train/");
    assertTrue(
        r.report().results().stream()
            .anyMatch(
                x ->
                    x.finding().ruleId().equals("FLG-ISO-006")
                        && x.finding().message().contains("hospital_a_data")),
        r.report().results().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"uri_folder", "uri_file", "mltable"})
  void anEditedPipelineStepReadingAnotherSilosDataAssetIsFound(String type, @TempDir Path tmp)
      throws IOException {
    // hospital-b's preprocess step now reads hospital-a's training data asset, as any data type
    ReviewResult r = reviewWithHospitalBReading(tmp, type, "azureml:hospital-a-train:1");
    assertEquals(
        List.of(
            "step preprocess_hospital_b (silo hospital-b) reads datastore hospital_a_data (data of"
                + " silo hospital-a) through input raw_training_data (data asset"
                + " hospital-a-train:1 on container data)"),
        r.report().results().stream()
            .filter(x -> x.finding().ruleId().equals("FLG-ISO-006"))
            .map(x -> x.finding().message())
            .toList());
    assertEquals(List.of(), r.unresolved());
  }

  @Test
  void aHandEditedDataAssetThatSaysMoreThanTheSiloNameIsFound(@TempDir Path tmp)
      throws IOException {
    Path dir = write(tmp, "run-eyes-off");
    Path asset = dir.resolve("aml/data/hospital-a-train.yaml");
    String yaml = Files.readString(asset);
    String edited =
        yaml.replace(
                "description: The training data of silo hospital-a\n",
                "description: The training data of silo hospital-a. ICU admissions 2025\n")
            .replace("  stage: run\n", "  stage: run\n  cohort: icu\n");
    assertTrue(!edited.equals(yaml) && edited.contains("cohort: icu"), edited);
    Files.writeString(asset, edited);
    ReviewResult r = Review.run(dir, "run-eyes-off", Optional.empty(), true);
    assertEquals(List.of("aml/data/hospital-a-train.yaml"), r.drift().edited());
    String who = "data asset hospital-a-train (sensitive train data of silo hospital-a, run stage)";
    assertEquals(
        List.of(
            who + " adds 19 character(s) of free text to its description",
            who + " carries tag(s) cohort beyond the derived silo, dataset, sensitivity and stage"),
        r.report().results().stream()
            .filter(x -> x.finding().ruleId().equals("FLG-ISO-013"))
            .map(x -> x.finding().message())
            .toList());
  }

  @Test
  void aPipelineInputNamingNoAssetOfTheFolderIsUnresolvedAndFound(@TempDir Path tmp)
      throws IOException {
    Path dir = write(tmp, "run-eyes-off");
    Files.delete(dir.resolve("aml/data/hospital-b-test.yaml"));
    ReviewResult r = Review.run(dir, "run-eyes-off", Optional.empty(), true);
    assertEquals(
        List.of(
            "aml pipeline step preprocess_hospital_b: input raw_testing_data reads data asset"
                + " hospital-b-test:1, which is not in aml/data/"),
        r.unresolved());
    assertTrue(
        r.report().results().stream()
            .anyMatch(
                x ->
                    x.finding().ruleId().equals("FLG-ISO-006")
                        && x.finding().message().contains("hospital-b-test:1, which is not in")),
        r.report().results().toString());
  }

  @Test
  void aCosmeticEditChangesNeitherAccessNorExposure(@TempDir Path tmp) throws IOException {
    Path dir = write(tmp, "run-eyes-off");
    Path mod = dir.resolve("infra/modules/storage.bicep");
    Files.writeString(mod, Files.readString(mod) + "\n// reviewed by the security team\n");
    ReviewResult r = Review.run(dir, "run-eyes-off", Optional.empty(), true);
    assertEquals(List.of("infra/modules/storage.bicep"), r.drift().edited());
    assertTrue(
        ReviewMarkdown.render(r)
            .contains("- the edits change neither the access matrix nor the internet exposure"));
  }

  @Test
  void aUserComponentFileIsAddedNotEdited(@TempDir Path tmp) throws IOException {
    Path dir = write(tmp, "crawl-sandbox");
    Path spec = dir.resolve("aml/components/mine/spec.yaml");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, "name: train\n");
    ReviewResult r = Review.run(dir, "crawl-sandbox", Optional.empty(), true);
    assertEquals(List.of(), r.drift().edited());
    assertEquals(List.of("aml/components/mine/spec.yaml"), r.drift().added());
  }

  @Test
  void malformedBicepIsALocatedProblemAndTheReviewGoesOn(@TempDir Path tmp) throws IOException {
    Path dir = write(tmp, "crawl-sandbox");
    Files.writeString(
        dir.resolve("infra/extra.bicep"), "param x string =\nresource y 'A/b@1' = {\n");
    ReviewResult r = Review.run(dir, "crawl-sandbox", Optional.empty(), true);
    assertTrue(
        !r.problems().isEmpty()
            && r.problems().get(0).location().file().equals("infra/extra.bicep"),
        r.problems().toString());
    assertEquals(
        24,
        r.plan().grants().size()); // 18 for identities and apps, 6 for people (one baseline upload)
  }

  private static final String PUBLIC_KEYS_STORAGE =
      String.join(
          "\n",
          "resource sa 'Microsoft.Storage/storageAccounts@2025-06-01' = {",
          "  name: 'stopen01'",
          "  location: 'westeurope'",
          "  kind: 'StorageV2'",
          "  sku: {",
          "    name: 'Standard_LRS'",
          "  }",
          "  properties: {",
          "    allowSharedKeyAccess: true",
          "  }",
          "}",
          "");

  @Test
  void aModuleCallingItselfCannotHideTheFile(@TempDir Path tmp) throws IOException {
    Files.writeString(
        tmp.resolve("main.bicep"),
        PUBLIC_KEYS_STORAGE + "module self 'main.bicep' = if (false) {\n  name: 'self'\n}\n");
    ReviewResult r = Review.run(tmp, "t", Optional.of(Stage.RUN), true);
    assertTrue(
        r.report().results().stream().anyMatch(x -> x.finding().ruleId().equals("FLG-STO-002")),
        r.report().results().toString());
    assertTrue(
        r.problems().stream()
            .anyMatch(m -> m.message().equals("the file calls itself as a module")),
        r.problems().toString());
  }

  @Test
  void aNonUtf8FileIsNamedAndTheOthersAreStillRead(@TempDir Path tmp) throws IOException {
    Files.write(tmp.resolve("a.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
    Files.writeString(tmp.resolve("main.bicep"), PUBLIC_KEYS_STORAGE);
    ReviewResult r = Review.run(tmp, "t", Optional.of(Stage.RUN), true);
    assertTrue(
        r.problems().stream()
            .anyMatch(m -> m.location().file().equals("a.yaml") && m.message().contains("UTF-8")),
        r.problems().toString());
    assertTrue(
        r.report().results().stream().anyMatch(x -> x.finding().ruleId().equals("FLG-STO-002")));
  }

  @Test
  void anExponentialVariableIsStoppedByTheBudget(@TempDir Path tmp) throws IOException {
    StringBuilder b = new StringBuilder("var a0 = [\n  1\n]\n");
    for (int i = 1; i <= 40; i++) {
      b.append("var a")
          .append(i)
          .append(" = concat(a")
          .append(i - 1)
          .append(", a")
          .append(i - 1)
          .append(")\n");
    }
    b.append("output n int = length(a40)\n");
    Files.writeString(tmp.resolve("main.bicep"), b.toString());
    ReviewResult r =
        assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(20),
            () -> Review.run(tmp, "t", Optional.of(Stage.RUN), true));
    assertTrue(
        r.problems().stream()
            .anyMatch(m -> m.message().startsWith("too complex to evaluate statically")),
        r.problems().toString());
  }

  @Test
  void anOwnerAtResourceGroupScopeIsListedNotDropped(@TempDir Path tmp) throws IOException {
    Files.writeString(
        tmp.resolve("main.bicep"),
        String.join(
            "\n",
            "resource id 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {",
            "  name: 'id-silo-a'",
            "  location: 'westeurope'",
            "}",
            "resource owner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {",
            "  name: guid('owner')",
            "  properties: {",
            "    principalId: id.properties.principalId",
            "    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')",
            "  }",
            "}",
            ""));
    ReviewResult r = Review.run(tmp, "t", Optional.of(Stage.RUN), true);
    assertTrue(
        r.unresolved().stream()
            .anyMatch(
                u ->
                    u.startsWith("role assignment above storage scope: Owner at resource group")
                        && u.contains("id-silo-a")
                        && u.endsWith("including their keys")),
        r.unresolved().toString());
  }

  @Test
  void anExtraPartnerPrincipalIsNotCreditedToTheFederatedApp(@TempDir Path tmp) throws IOException {
    Path dir = write(tmp, "run-hybrid");
    Path bundle =
        Files.list(dir.resolve("infra/tenants"))
            .filter(p -> !p.endsWith("home"))
            .findFirst()
            .orElseThrow()
            .resolve("main.bicep");
    Files.writeString(
        bundle,
        Files.readString(bundle)
            + String.join(
                "\n",
                "",
                "param contractorObjectId string",
                "",
                "module contractor 'modules/container-role-assignment.bicep' = {",
                "  name: 'contractor'",
                "  scope: resourceGroup('88888888-8888-8888-8888-888888888888', 'rg-partner-fl')",
                "  params: {",
                "    storageAccountName: 'stflhybpartnerdpo30f'",
                "    containerName: 'data'",
                "    principalType: 'ServicePrincipal'",
                "    principalId: contractorObjectId",
                "    roleDefinitionGuid: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'",
                "    grantDescription: 'added by hand'",
                "  }",
                "}",
                ""));
    ReviewResult r = Review.run(dir, "run-hybrid", Optional.empty(), true);
    assertTrue(
        r.drift().accessAdded().stream()
            .anyMatch(a -> a.startsWith("(unresolved principal) -> Storage Blob Data Contributor")),
        r.drift().toString());
  }

  @Test
  void reviewOfTheHybridSample() {
    ReviewResult r =
        Review.run(
            Path.of("generated-samples/run-hybrid"),
            "generated-samples/run-hybrid",
            Optional.empty(),
            true);
    Approvals.verify(ReviewMarkdown.render(r), new Options().forFile().withExtension(".md"));
  }
}
