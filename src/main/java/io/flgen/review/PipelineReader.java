package io.flgen.review;

import io.flgen.plan.DataAssetPlan;
import io.flgen.plan.DatastorePlan;
import io.flgen.plan.Party;
import io.flgen.plan.PipelinePlan;
import io.flgen.plan.StepPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the Azure ML pipeline and datastore YAML of a reviewed folder back into plan steps, so the
 * affinity rules (FLG-ISO-006, FLG-ISO-010, FLG-EXT-002) check the pipeline that is actually there,
 * edits included. A step belongs to the party that owns its compute.
 */
final class PipelineReader {
  private PipelineReader() {}

  private static Yaml yaml() {
    LoaderOptions o = new LoaderOptions();
    o.setMaxAliasesForCollections(50);
    o.setAllowDuplicateKeys(false);
    return new Yaml(new SafeConstructor(o));
  }

  /**
   * Datastores from aml/datastores/*.yaml: name, account and container; the owner from the plan's
   * intent.
   */
  static List<DatastorePlan> datastores(
      Map<String, String> files, Map<String, Party> ownerOfDatastore, List<String> unresolved) {
    List<DatastorePlan> out = new ArrayList<>();
    for (var e : named(files, "aml/datastores/", unresolved).entrySet()) {
      Map<?, ?> m = e.getValue();
      String name = String.valueOf(m.get("name"));
      Party owner = ownerOfDatastore.getOrDefault(name, Party.UNKNOWN);
      out.add(
          new DatastorePlan(
              name,
              owner,
              purpose(name),
              String.valueOf(m.get("account_name")),
              String.valueOf(m.get("container_name")),
              String.valueOf(m.get("endpoint"))));
    }
    return out;
  }

  private static DatastorePlan.Purpose purpose(String name) {
    if (name.endsWith("_updates")) {
      return DatastorePlan.Purpose.UPDATES;
    }
    if (name.equals("global_model")) {
      return DatastorePlan.Purpose.GLOBAL_MODEL;
    }
    if (name.equals("baseline_data")) {
      return DatastorePlan.Purpose.BASELINE;
    }
    return DatastorePlan.Purpose.DATA;
  }

  /**
   * The data assets of aml/data/*.yaml, resolved through their datastore to its owner, account and
   * container. What the YAML does not say (sensitivity, stage, the topology path) comes from the
   * intended asset of the same name, else from the asset's own tags (sensitive and run when absent:
   * the stricter reading).
   */
  static List<DataAssetPlan> assets(
      Map<String, String> files,
      List<DatastorePlan> datastores,
      List<DataAssetPlan> intended,
      List<String> unresolved) {
    List<DataAssetPlan> out = new ArrayList<>();
    for (var e : named(files, "aml/data/", unresolved).entrySet()) {
      Map<?, ?> m = e.getValue();
      String name = String.valueOf(m.get("name"));
      String path = String.valueOf(m.get("path"));
      String store = datastoreOf(path);
      Optional<DatastorePlan> ds =
          datastores.stream().filter(d -> d.name().equals(store)).findFirst();
      if (ds.isEmpty()) {
        unresolved.add(
            e.getKey()
                + ": data asset "
                + name
                + " is on "
                + path
                + ", not on a datastore of the folder");
      }
      SortedMap<String, String> tags = new TreeMap<>();
      if (m.get("tags") instanceof Map<?, ?> t) {
        t.forEach((k, v) -> tags.put(String.valueOf(k), String.valueOf(v)));
      }
      Optional<DataAssetPlan> intent =
          intended.stream().filter(a -> a.name().equals(name)).findFirst();
      String prefix = "azureml://datastores/" + store + "/paths/";
      out.add(
          new DataAssetPlan(
              name,
              m.get("version") == null ? "" : String.valueOf(m.get("version")),
              ds.map(DatastorePlan::owner).orElse(Party.UNKNOWN),
              intent
                  .map(DataAssetPlan::dataset)
                  .orElse(tags.getOrDefault("dataset", name.endsWith("train") ? "train" : "test")),
              store,
              path.startsWith(prefix) ? path.substring(prefix.length()) : path,
              ds.map(DatastorePlan::container).orElse(""),
              ds.map(DatastorePlan::account).orElse(""),
              intent
                  .map(DataAssetPlan::sensitivity)
                  .orElse(tags.getOrDefault("sensitivity", "sensitive")),
              intent.map(DataAssetPlan::stage).orElse(tags.getOrDefault("stage", "run")),
              m.get("description") == null ? "" : String.valueOf(m.get("description")),
              tags,
              intent.map(DataAssetPlan::source).orElse(e.getKey())));
    }
    return out;
  }

  private static String datastoreOf(String path) {
    return path.startsWith("azureml://datastores/")
        ? path.substring("azureml://datastores/".length()).split("/")[0]
        : "";
  }

  /**
   * The steps of aml/pipeline.yaml and aml/baseline.yaml, their data asset inputs resolved through
   * aml/data/ (the intended plan's assets fill in what the YAML does not say), or empty when the
   * folder has neither.
   */
  static Optional<PipelinePlan> pipeline(
      Map<String, String> files,
      Map<String, Party> ownerOfCompute,
      List<DatastorePlan> datastores,
      Optional<io.flgen.plan.Plan> intent,
      List<String> unresolved) {
    List<DataAssetPlan> assets =
        assets(
            files,
            datastores,
            intent.map(x -> x.pipeline().assets()).orElse(List.of()),
            unresolved);
    Optional<PipelinePlan> p = pipeline(files, ownerOfCompute, unresolved);
    return p.map(
        x ->
            new PipelinePlan(
                x.experiment(),
                x.defaultCompute(),
                throughAssets(x.steps(), assets, unresolved),
                throughAssets(x.baseline(), assets, unresolved),
                x.inputs(),
                assets));
  }

  /**
   * Each input that names a data asset ({@code azureml:<name>:<version>}) reads the datastore of
   * that asset, as FLG-ISO-006 and readiness need; one naming no asset of the folder is unresolved.
   */
  private static List<StepPlan> throughAssets(
      List<StepPlan> steps, List<DataAssetPlan> assets, List<String> unresolved) {
    List<StepPlan> out = new ArrayList<>();
    for (StepPlan s : steps) {
      List<StepPlan.Port> ins = new ArrayList<>();
      for (StepPlan.Port in : s.inputs()) {
        String v = in.value();
        if (!in.data() || !v.startsWith("azureml:") || v.startsWith("azureml://")) {
          ins.add(in);
          continue;
        }
        Optional<DataAssetPlan> a = assets.stream().filter(x -> x.ref().equals(v)).findFirst();
        if (a.isEmpty()) {
          unresolved.add(
              "aml pipeline step "
                  + s.name()
                  + ": input "
                  + in.name()
                  + " reads data asset "
                  + v.substring("azureml:".length())
                  + ", which is not in aml/data/");
        }
        ins.add(
            new StepPlan.Port(
                in.name(), in.form(), v, a.map(DataAssetPlan::datastore).orElse(""), in.mode()));
      }
      out.add(
          new StepPlan(
              s.name(),
              s.kind(),
              s.party(),
              s.round(),
              s.component(),
              s.compute(),
              ins,
              s.outputs(),
              s.instanceType()));
    }
    return out;
  }

  /** The steps as the YAML writes them, asset inputs not yet resolved. */
  private static Optional<PipelinePlan> pipeline(
      Map<String, String> files, Map<String, Party> ownerOfCompute, List<String> unresolved) {
    if (!files.containsKey("aml/pipeline.yaml")) {
      return Optional.empty();
    }
    Map<?, ?> p = load("aml/pipeline.yaml", files.get("aml/pipeline.yaml"), unresolved);
    if (p == null) {
      return Optional.empty();
    }
    List<StepPlan> steps = steps(p, ownerOfCompute, unresolved);
    List<StepPlan> baseline = new ArrayList<>();
    if (files.containsKey("aml/baseline.yaml")) {
      Map<?, ?> b = load("aml/baseline.yaml", files.get("aml/baseline.yaml"), unresolved);
      if (b != null) {
        for (StepPlan s : steps(b, ownerOfCompute, unresolved)) {
          baseline.add(
              new StepPlan(
                  s.name(),
                  StepPlan.Kind.BASELINE,
                  s.party(),
                  s.round(),
                  s.component(),
                  s.compute(),
                  s.inputs(),
                  s.outputs(),
                  s.instanceType()));
        }
      }
    }
    String experiment = String.valueOf(p.get("experiment_name"));
    String defaultCompute =
        p.get("settings") instanceof Map<?, ?> st
            ? strip(String.valueOf(st.get("default_compute")))
            : "";
    return Optional.of(new PipelinePlan(experiment, defaultCompute, steps, baseline));
  }

  private static List<StepPlan> steps(
      Map<?, ?> doc, Map<String, Party> ownerOfCompute, List<String> unresolved) {
    List<StepPlan> out = new ArrayList<>();
    if (!(doc.get("jobs") instanceof Map<?, ?> jobs)) {
      return out;
    }
    for (var j : jobs.entrySet()) {
      if (!(j.getValue() instanceof Map<?, ?> step)) {
        continue;
      }
      String name = String.valueOf(j.getKey());
      String compute = strip(String.valueOf(step.get("compute")));
      Party party = ownerOfCompute.get(compute);
      if (party == null) {
        unresolved.add(
            "aml pipeline step " + name + ": compute " + compute + " is not in the folder");
        party = Party.UNKNOWN;
      }
      StepPlan.Kind kind =
          name.startsWith("preprocess")
              ? StepPlan.Kind.PREPROCESS
              : name.startsWith("aggregate")
                  ? StepPlan.Kind.AGGREGATE
                  : name.equals("baseline_train")
                      ? StepPlan.Kind.BASELINE
                      : StepPlan.Kind.TRAIN; // the starter kit trains the baseline in the pipeline
      String instanceType =
          step.get("resources") instanceof Map<?, ?> r && r.get("instance_type") != null
              ? String.valueOf(r.get("instance_type"))
              : "";
      out.add(
          new StepPlan(
              name,
              kind,
              party,
              0,
              String.valueOf(step.get("component")),
              compute,
              ports(step.get("inputs")),
              ports(step.get("outputs")),
              instanceType));
    }
    return out;
  }

  private static List<StepPlan.Port> ports(Object o) {
    List<StepPlan.Port> out = new ArrayList<>();
    if (!(o instanceof Map<?, ?> m)) {
      return out;
    }
    for (var e : m.entrySet()) {
      String name = String.valueOf(e.getKey());
      Object v = e.getValue();
      if (v instanceof Map<?, ?> io) {
        String path = String.valueOf(io.get("path"));
        String ds = datastoreOf(path);
        out.add(
            new StepPlan.Port(
                name, String.valueOf(io.get("type")), path, ds, String.valueOf(io.get("mode"))));
      } else if (v instanceof String s && s.startsWith("${{")) {
        out.add(new StepPlan.Port(name, "binding", s, "", ""));
      } else {
        out.add(new StepPlan.Port(name, "literal", String.valueOf(v), "", ""));
      }
    }
    return out;
  }

  private static String strip(String compute) {
    return compute.startsWith("azureml:") ? compute.substring("azureml:".length()) : compute;
  }

  /**
   * The YAML files directly or deeper under {@code folder} that load and have a {@code name}, by
   * file, in the folder's order; a file that does not load is listed as unresolved.
   */
  private static Map<String, Map<?, ?>> named(
      Map<String, String> files, String folder, List<String> unresolved) {
    Map<String, Map<?, ?>> out = new java.util.LinkedHashMap<>();
    for (var e : files.entrySet()) {
      if (e.getKey().startsWith(folder) && e.getKey().endsWith(".yaml")) {
        Map<?, ?> m = load(e.getKey(), e.getValue(), unresolved);
        if (m != null && m.get("name") != null) {
          out.put(e.getKey(), m);
        }
      }
    }
    return out;
  }

  private static Map<?, ?> load(String file, String text, List<String> unresolved) {
    try {
      Object o = yaml().load(text);
      return o instanceof Map<?, ?> m ? m : null;
    } catch (RuntimeException e) {
      unresolved.add(
          file + ": not readable YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
      return null;
    }
  }

  static Map<String, Party> owners(List<DatastorePlan> planned) {
    Map<String, Party> m = new LinkedHashMap<>();
    planned.forEach(d -> m.put(d.name(), d.owner()));
    return m;
  }
}
