package io.flgen.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.bind.TopologyLoader;
import io.flgen.plan.Plan;
import io.flgen.plan.Planner;
import io.flgen.readiness.Check;
import io.flgen.readiness.Readiness;
import io.flgen.render.GeneratedFiles;
import io.flgen.render.Renderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 16: every blueprint's render has one data asset per silo dataset read through a datastore
 * (and per baseline dataset), the pipeline reads only assets at walk and run, the data scientists'
 * asset step is ready, and DEPLOY.md gives the asset and upload commands of its stage.
 */
class DataAssetsTest {

  /** Each blueprint with the asset files its render must have, written out by hand. */
  static Stream<Arguments> expected() {
    return Stream.of(
        Arguments.of(
            "crawl-sandbox", // crawl: off by default, turned on in the blueprint
            List.of(
                "baseline_test",
                "baseline_train",
                "silo-a-test",
                "silo-a-train",
                "silo-b-test",
                "silo-b-train",
                "silo-c-test",
                "silo-c-train")),
        Arguments.of(
            "walk-eyes-on",
            List.of(
                "baseline_test",
                "baseline_train",
                "paris-test",
                "paris-train",
                "tokyo-test",
                "tokyo-train",
                "virginia-test",
                "virginia-train")),
        Arguments.of(
            "run-eyes-off",
            List.of(
                "hospital-a-test",
                "hospital-a-train",
                "hospital-b-test",
                "hospital-b-train",
                "hospital-c-test",
                "hospital-c-train")),
        Arguments.of(
            "run-private",
            List.of("bank-north-test", "bank-north-train", "bank-south-test", "bank-south-train")),
        // onprem-c reads a local volume and partner-d its partner tenant's storage: no datastore
        Arguments.of(
            "run-hybrid",
            List.of("existing-b-test", "existing-b-train", "internal-a-test", "internal-a-train")),
        Arguments.of(
            "confidential-aks",
            List.of("bank-sev-test", "bank-sev-train", "bank-sgx-test", "bank-sgx-train")),
        // both silos read local volumes on their own clusters
        Arguments.of("external-onprem", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void oneAssetPerDatasetAndThePipelineReadsOnlyAssets(String blueprint, List<String> assets) {
    GeneratedFiles files = Blueprints.render(blueprint);
    TreeSet<String> rendered = new TreeSet<>();
    files.asMap().keySet().stream()
        .filter(p -> p.startsWith("aml/data/"))
        .forEach(p -> rendered.add(p.substring("aml/data/".length(), p.length() - 5)));
    assertEquals(new TreeSet<>(assets), rendered, blueprint);
    List<String> raw = new ArrayList<>();
    List<String> refs = new ArrayList<>();
    for (String job : List.of("aml/pipeline.yaml", "aml/baseline.yaml")) {
      if (!files.asMap().containsKey(job)) {
        continue;
      }
      Map<?, ?> doc = new Yaml().load(files.asMap().get(job));
      for (var j : ((Map<?, ?>) doc.get("jobs")).entrySet()) {
        Map<?, ?> ins = (Map<?, ?>) ((Map<?, ?>) j.getValue()).get("inputs");
        for (var in : ins.entrySet()) {
          if (in.getValue() instanceof Map<?, ?> port) {
            String path = String.valueOf(port.get("path"));
            (path.startsWith("azureml://") ? raw : refs)
                .add(j.getKey() + "." + in.getKey() + " = " + path);
          }
        }
      }
    }
    assertEquals(List.of(), raw, blueprint + ": inputs on raw datastore paths");
    TreeSet<String> named = new TreeSet<>();
    refs.forEach(r -> named.add(r.substring(r.indexOf("azureml:") + 8, r.lastIndexOf(':'))));
    assertEquals(new TreeSet<>(assets), named, blueprint + ": assets the pipeline reads");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void theDataScientistsAssetStepIsReady(String blueprint, List<String> assets) {
    Plan plan = Planner.plan(Blueprints.load(blueprint).topology());
    List<Check> steps =
        Readiness.analyse(plan).stream()
            .filter(c -> c.actor().equals(Readiness.DATA_ASSETS))
            .toList();
    assertEquals(
        assets.isEmpty() ? 0 : 1,
        steps.stream().filter(c -> c.target().startsWith("workspace")).count());
    steps.forEach(c -> assertTrue(c.ready(), blueprint + ": " + c));
  }

  @Test
  void theRunGuideSaysTheWorkspaceCannotUploadAndGivesTheDirectCommand() {
    String md = Blueprints.render("run-eyes-off").asMap().get("DEPLOY.md");
    assertTrue(
        md.contains(
            "The workspace UI cannot upload this data: the workspace has no permission on silo"
                + " storage, by\ndesign (run stage)."),
        md);
    assertTrue(
        md.contains(
            "az storage blob upload-batch --auth-mode login --account-name stflrunhospitala14ba0"
                + " --destination data \\\n"
                + "  --destination-path records/train --source ./records/train\n"),
        md);
    int datastores = md.indexOf("az ml datastore create");
    int upload = md.indexOf("az storage blob upload-batch");
    int asset = md.indexOf("az ml data create --file aml/data/hospital-a-train.yaml");
    int job = md.indexOf("az ml job create");
    assertTrue(datastores < upload && upload < asset && asset < job, md);
    assertEquals(6, md.split("az ml data create --file aml/data/", -1).length - 1);
  }

  @Test
  void theWalkGuideOffersTheStudioOrTheCli() {
    String md = Blueprints.render("walk-eyes-on").asMap().get("DEPLOY.md");
    assertTrue(
        md.contains(
            "upload through Azure ML studio (Data, Create, From local files, datastore"
                + " `paris_data`,\nfolders `ct-scans/train` and `ct-scans/test`) or with the CLI:"),
        md);
    assertTrue(!md.contains("cannot upload"), md);
  }

  @Test
  void crawlTurnsAssetsOnAndAVersionNamesTheAsset(@TempDir Path tmp) throws IOException {
    String text = Files.readString(Blueprints.DIR.resolve("crawl-sandbox.yaml"));
    String edited = text.replaceFirst("(?m)^(    compute: [a-z-]+)$", "$1\n    dataVersion: 4");
    assertTrue(edited.contains("dataAssets: true") && edited.contains("dataVersion: 4"), edited);
    Path f = tmp.resolve("crawl.yaml");
    Files.writeString(f, edited);
    TopologyLoader.Result r = TopologyLoader.load(f, "crawl.yaml", LocalDate.of(2026, 11, 28));
    assertTrue(r.ok(), r.diagnostics().toString());
    GeneratedFiles files = Renderer.render(Planner.plan(r.topology()), "test", r.source());
    assertEquals(
        "# Generated by flgen. Do not edit: change the topology and re-render.\n"
            + "$schema: https://azuremlschemas.azureedge.net/latest/data.schema.json\n"
            + "name: baseline_train\n"
            + "version: '4'\n"
            + "type: uri_folder\n"
            + "path: azureml://datastores/baseline_data/paths/train/\n"
            + "description: The pooled training data of the baseline\n"
            + "tags:\n"
            + "  dataset: train\n"
            + "  sensitivity: non-sensitive\n"
            + "  silo: pooled\n"
            + "  stage: crawl\n",
        files.asMap().get("aml/data/baseline_train.yaml"));
    assertEquals(8, files.asMap().keySet().stream().filter(p -> p.startsWith("aml/data/")).count());
    assertTrue(files.asMap().get("aml/pipeline.yaml").contains("path: azureml:silo-a-train:1\n"));
  }

  @Test
  void crawlDefaultsToRawDatastorePaths(@TempDir Path tmp) throws IOException {
    String text = Files.readString(Blueprints.DIR.resolve("crawl-sandbox.yaml"));
    String edited = text.replaceFirst("(?m)^  dataAssets: true.*\n", "");
    assertTrue(!edited.contains("dataAssets"), edited);
    Path f = tmp.resolve("crawl.yaml");
    Files.writeString(f, edited);
    TopologyLoader.Result r = TopologyLoader.load(f, "crawl.yaml", LocalDate.of(2026, 11, 28));
    assertTrue(r.ok(), r.diagnostics().toString());
    GeneratedFiles files = Renderer.render(Planner.plan(r.topology()), "test", r.source());
    assertEquals(0, files.asMap().keySet().stream().filter(p -> p.startsWith("aml/data/")).count());
    assertTrue(
        files.asMap().get("aml/pipeline.yaml").contains("path: azureml://datastores/"),
        "crawl without the switch reads raw datastore paths");
  }
}
