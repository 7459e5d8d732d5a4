package io.flgen.plan;

import io.flgen.model.CrossTenantSilo;
import io.flgen.model.ExternalSilo;
import io.flgen.model.Job;
import io.flgen.model.Silo;
import io.flgen.model.SiloData;
import io.flgen.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Unrolls the FL job: per silo one preprocess step, then per round one train step per silo and one
 * aggregate step. Every silo step reads only its own datastore and writes only its own data and
 * update locations; aggregation reads every update and writes only the global model.
 */
final class PipelineBuilder {
  private final Topology t;
  private final Names n;

  PipelineBuilder(Topology t, Names n) {
    this.t = t;
    this.n = n;
  }

  static String stepKey(String silo) {
    return silo.replace('-', '_');
  }

  private static String uri(String datastore, String path) {
    return "azureml://datastores/" + datastore + "/paths/" + path;
  }

  /** The value of a client-id input until submission sets it (DEPLOY.md gives the --set). */
  public static final String CLIENT_ID_PLACEHOLDER = "set-at-submission";

  private final List<StepPlan.Port> pipelineInputs = new ArrayList<>();

  private final List<DataAssetPlan> assets = new ArrayList<>();

  /**
   * The input that reads a dataset: its data asset when {@code job.dataAssets} is on (the asset is
   * recorded for {@code aml/data/}), else the raw datastore path. Either way the port names the
   * datastore it reads, so isolation and readiness see the same location.
   */
  private StepPlan.Port read(String input, DataAssetPlan a) {
    if (!t.job().dataAssets()) {
      return in(input, a.datastore(), a.path());
    }
    assets.add(a);
    return new StepPlan.Port(input, "uri_folder", a.ref(), a.datastore(), "ro_mount");
  }

  /** The derived description, then the topology's text, if any. */
  private static String description(Party owner, String dataset, Optional<String> added) {
    return DataAssetPlan.derivedDescription(owner, dataset) + added.map(d -> ". " + d).orElse("");
  }

  /** The derived tags, then the topology's (a derived tag is never overwritten). */
  private java.util.SortedMap<String, String> tags(
      Party owner, String dataset, String sensitivity, java.util.SortedMap<String, String> added) {
    java.util.SortedMap<String, String> all =
        DataAssetPlan.derivedTags(owner, dataset, sensitivity, stage());
    added.forEach(all::putIfAbsent);
    return all;
  }

  private String stage() {
    return t.metadata().stage().yamlName();
  }

  /** The input of a silo's training or testing data. */
  private StepPlan.Port siloDataset(String input, Silo s, int i, String dataset) {
    SiloData d = s.data();
    Party owner = Party.silo(s.name(), i);
    String sensitivity = d.sensitivity().yamlName();
    return read(
        input,
        new DataAssetPlan(
            DataAssetPlan.derivedName(owner, dataset),
            String.valueOf(d.version()),
            owner,
            dataset,
            n.siloDataDatastore(s.name()),
            ("train".equals(dataset) ? d.trainingPath() : d.testingPath()) + "/",
            d.container(),
            s.storage() instanceof io.flgen.model.Storage.Existing e
                ? e.accountName()
                : n.siloStorage(s.name()),
            sensitivity,
            stage(),
            description(owner, dataset, d.description()),
            tags(owner, dataset, sensitivity, d.tags()),
            "silos[" + i + "].data"));
  }

  /** The input of the baseline's pooled (non-sensitive) training or testing data. */
  private StepPlan.Port baselineDataset(String input, Job.Baseline b, String dataset) {
    Party owner = Party.ORCHESTRATOR;
    return read(
        input,
        new DataAssetPlan(
            DataAssetPlan.derivedName(owner, dataset),
            String.valueOf(b.dataVersion()),
            owner,
            dataset,
            "baseline_data",
            dataset + "/",
            Planner.BASELINE_CONTAINER,
            n.orchestratorStorage(),
            "non-sensitive",
            stage(),
            description(owner, dataset, Optional.empty()),
            tags(owner, dataset, "non-sensitive", new java.util.TreeMap<>()),
            "job.baseline"));
  }

  private static StepPlan.Port in(String name, String datastore, String path) {
    return new StepPlan.Port(name, "uri_folder", uri(datastore, path), datastore, "ro_mount");
  }

  private static StepPlan.Port out(String name, String datastore, String path) {
    return new StepPlan.Port(name, "uri_folder", uri(datastore, path), datastore, "rw_mount");
  }

  private static StepPlan.Port bind(String name, String step, String output) {
    return StepPlan.Port.bound(name, new StepPlan.Upstream(step, output));
  }

  /**
   * A literal input. The form keeps the topology's type ({@code literal} for strings, {@code
   * number}, {@code boolean}), so "3" stays a string and 3 a number in the YAML.
   */
  private static StepPlan.Port literal(String name, Object value) {
    String form =
        value instanceof Boolean ? "boolean" : value instanceof Number ? "number" : "literal";
    String text = String.valueOf(value);
    return new StepPlan.Port(name, form, text, "", "");
  }

  /** How a silo's steps reach its data: the value of the {@code data_access} input. */
  private enum Access {
    /** Mounted from the silo's own datastore; a preprocess step writes there too. */
    DATASTORE("mounted"),
    /** A PersistentVolume on the external cluster; preprocessing runs inside the train step. */
    LOCAL_VOLUME("local_volume"),
    /** Read by the component through the silo's federated app in the partner tenant. */
    FEDERATED("federated");

    final String input;

    Access(String input) {
      this.input = input;
    }
  }

  private static Access access(Silo s) {
    if (s instanceof CrossTenantSilo) {
      return Access.FEDERATED;
    }
    if (s instanceof ExternalSilo e && e.localData().isPresent()) {
      return Access.LOCAL_VOLUME;
    }
    return Access.DATASTORE;
  }

  /** The InstanceType a silo's steps request: the first declared one, or none. */
  private static String instanceType(Silo s) {
    return s instanceof ExternalSilo e && !e.instanceTypes().isEmpty()
        ? e.instanceTypes().get(0).name()
        : "";
  }

  /**
   * The data-access inputs of the contract (docs/components.md), the same names for every silo
   * kind: {@code data_access} says which of the typed inputs that follow carry the location.
   */
  private List<StepPlan.Port> dataAccess(Silo s, int i) {
    String k = stepKey(s.name());
    List<StepPlan.Port> ins = new ArrayList<>();
    Access a = access(s);
    ins.add(literal("data_access", a.input));
    ins.add(literal("silo_index", i + 1));
    ins.add(literal("silo_count", t.silos().size()));
    switch (a) {
      case DATASTORE -> {
        ins.add(bind("train_data", "preprocess_" + k, "processed_train_data"));
        ins.add(bind("test_data", "preprocess_" + k, "processed_test_data"));
      }
      case LOCAL_VOLUME -> {
        String mount = ((ExternalSilo) s).localData().orElseThrow().mountPath();
        ins.add(literal("train_data_path", mount + "/" + s.data().trainingPath()));
        ins.add(literal("test_data_path", mount + "/" + s.data().testingPath()));
      }
      case FEDERATED -> {
        CrossTenantSilo ct = (CrossTenantSilo) s;
        String account =
            s.storage() instanceof io.flgen.model.Storage.Existing e
                ? e.accountName()
                : n.siloStorage(s.name());
        ins.add(literal("data_account", account));
        ins.add(literal("data_container", s.data().container()));
        ins.add(literal("train_data_prefix", s.data().trainingPath()));
        ins.add(literal("test_data_prefix", s.data().testingPath()));
        ins.add(literal("data_tenant_id", ct.tenantId()));
        // the token exchange needs the app's client id, which exists only once the trust script
        // created the app: a pipeline input set at submission, never the display name
        String input = k + "_client_id";
        if (pipelineInputs.stream().noneMatch(x -> x.name().equals(input))) {
          pipelineInputs.add(new StepPlan.Port(input, "literal", CLIENT_ID_PLACEHOLDER, "", ""));
        }
        ins.add(
            new StepPlan.Port(
                "federated_app_client_id", "binding", "${{parent.inputs." + input + "}}", "", ""));
      }
    }
    ins.add(literal("preprocess", a != Access.DATASTORE));
    return ins;
  }

  private void parameters(List<StepPlan.Port> ins) {
    for (Map.Entry<String, Object> e : t.job().parameters().entrySet()) {
      ins.add(literal(e.getKey(), e.getValue()));
    }
  }

  PipelinePlan build() {
    List<StepPlan> steps = new ArrayList<>();
    String aggCompute = t.orchestrator().computes().get(0).name();
    String run = "${{name}}";
    Job.Components c = t.job().components();
    preprocessSteps(steps, c, run);
    for (int r = 1; r <= t.job().rounds(); r++) {
      round(steps, c, r, aggCompute, run);
    }
    List<StepPlan> baseline = new ArrayList<>();
    t.job().baseline().ifPresent(b -> baseline.add(baselineStep(b, run)));
    // with the starter kit the baseline trains inside the FL pipeline, so each silo's evaluate
    // compares the global model with it on the silo's own test data (the parity report)
    boolean baselineInPipeline = c.starter() && !baseline.isEmpty();
    if (baselineInPipeline) {
      steps.addAll(baseline);
      baseline.clear();
    }
    if (c.starter()) {
      evaluation(steps, c, aggCompute, run, baselineInPipeline);
    }
    return new PipelinePlan(
        t.job().experimentName(),
        aggCompute,
        List.copyOf(steps),
        List.copyOf(baseline),
        List.copyOf(pipelineInputs),
        List.copyOf(assets));
  }

  /** A preprocess step for each silo whose steps read its data through a datastore. */
  private void preprocessSteps(List<StepPlan> steps, Job.Components c, String run) {
    for (int i = 0; i < t.silos().size(); i++) {
      Silo s = t.silos().get(i);
      if (access(s) != Access.DATASTORE) {
        continue;
      }
      String ds = n.siloDataDatastore(s.name());
      steps.add(
          new StepPlan(
              "preprocess_" + stepKey(s.name()),
              StepPlan.Kind.PREPROCESS,
              Party.silo(s.name(), i),
              0,
              c.preprocess(),
              s.computes().get(0).name(),
              List.of(
                  siloDataset("raw_training_data", s, i, "train"),
                  siloDataset("raw_testing_data", s, i, "test"),
                  literal("silo_index", i + 1),
                  literal("silo_count", t.silos().size())),
              List.of(
                  out("processed_train_data", ds, "flgen/" + run + "/preprocessed/train/"),
                  out("processed_test_data", ds, "flgen/" + run + "/preprocessed/test/")),
              instanceType(s)));
    }
  }

  /**
   * Round {@code r}: every silo trains, then the orchestrator aggregates the updates by position.
   */
  private void round(List<StepPlan> steps, Job.Components c, int r, String aggCompute, String run) {
    List<StepPlan.Port> aggIn = new ArrayList<>();
    for (int i = 0; i < t.silos().size(); i++) {
      StepPlan train = trainStep(c, i, r, run);
      steps.add(train);
      // positional: renaming or reordering silos never changes the aggregate component
      aggIn.add(bind("update_" + (i + 1), train.name(), "model"));
    }
    aggIn.add(literal("aggregation", t.job().aggregation().yamlName()));
    // aggregation always runs on the orchestrator's own compute, never on a silo's instance type
    steps.add(
        new StepPlan(
            "aggregate_r" + r,
            StepPlan.Kind.AGGREGATE,
            Party.ORCHESTRATOR,
            r,
            c.aggregate(),
            aggCompute,
            List.copyOf(aggIn),
            List.of(
                out(
                    "aggregated_output",
                    n.globalModelDatastore(),
                    "flgen/" + run + "/round-" + r + "/")),
            ""));
  }

  /** Silo {@code i}'s train step of round {@code r}, from the previous round's global model. */
  private StepPlan trainStep(Job.Components c, int i, int r, String run) {
    Silo s = t.silos().get(i);
    List<StepPlan.Port> ins = dataAccess(s, i);
    if (r > 1) {
      ins.add(bind("checkpoint", "aggregate_r" + (r - 1), "aggregated_output"));
    }
    ins.add(literal("iteration_num", r));
    ins.add(literal("total_rounds", t.job().rounds()));
    ins.add(literal("dp", t.job().differentialPrivacy().isPresent()));
    t.job()
        .differentialPrivacy()
        .ifPresent(
            dp -> {
              ins.add(literal("dp_target_epsilon", dp.epsilon()));
              ins.add(literal("dp_target_delta", dp.delta()));
              ins.add(literal("dp_max_grad_norm", dp.maxGradNorm()));
            });
    parameters(ins);
    return new StepPlan(
        "train_" + stepKey(s.name()) + "_r" + r,
        StepPlan.Kind.TRAIN,
        Party.silo(s.name(), i),
        r,
        c.train(),
        s.computes().get(0).name(),
        List.copyOf(ins),
        List.of(
            out("model", n.siloUpdatesDatastore(s.name()), "flgen/" + run + "/round-" + r + "/")),
        instanceType(s));
  }

  /** The baseline's train step on the pooled data, with the same signature as a silo's. */
  private StepPlan baselineStep(Job.Baseline b, String run) {
    List<StepPlan.Port> ins = new ArrayList<>();
    // the same train signature as a silo: silo_index 0 is the pooled data of every silo
    ins.add(literal("data_access", Access.DATASTORE.input));
    ins.add(literal("silo_index", 0));
    ins.add(literal("silo_count", t.silos().size()));
    ins.add(baselineDataset("train_data", b, "train"));
    ins.add(baselineDataset("test_data", b, "test"));
    ins.add(literal("preprocess", true));
    ins.add(literal("iteration_num", 1));
    ins.add(literal("total_rounds", t.job().rounds()));
    ins.add(literal("dp", false));
    parameters(ins);
    return new StepPlan(
        "baseline_train",
        StepPlan.Kind.BASELINE,
        Party.ORCHESTRATOR,
        0,
        t.job().components().train(),
        b.compute(),
        List.copyOf(ins),
        List.of(out("model", n.globalModelDatastore(), "flgen/" + run + "/baseline/")),
        "");
  }

  /**
   * The parity step: each silo evaluates the final global model and its own local-only model on its
   * own test data and writes only metrics, to its updates container; the orchestrator reads the
   * metrics and writes the parity report next to the global model.
   */
  private void evaluation(
      List<StepPlan> steps, Job.Components c, String aggCompute, String run, boolean withBaseline) {
    int rounds = t.job().rounds();
    List<StepPlan.Port> parityIn = new ArrayList<>();
    for (int i = 0; i < t.silos().size(); i++) {
      Silo s = t.silos().get(i);
      String k = stepKey(s.name());
      List<StepPlan.Port> ins = dataAccess(s, i);
      ins.add(bind("global_model", "aggregate_r" + rounds, "aggregated_output"));
      if (withBaseline) {
        ins.add(bind("baseline_model", "baseline_train", "model"));
      }
      ins.add(literal("total_rounds", rounds));
      parameters(ins);
      String step = "evaluate_" + k;
      steps.add(
          new StepPlan(
              step,
              StepPlan.Kind.EVALUATE,
              Party.silo(s.name(), i),
              rounds,
              c.evaluate(),
              s.computes().get(0).name(),
              List.copyOf(ins),
              List.of(
                  out(
                      "metrics",
                      n.siloUpdatesDatastore(s.name()),
                      "flgen/" + run + "/evaluation/")),
              instanceType(s)));
      parityIn.add(bind("metrics_" + (i + 1), step, "metrics"));
    }
    steps.add(
        new StepPlan(
            "parity",
            StepPlan.Kind.PARITY,
            Party.ORCHESTRATOR,
            rounds,
            c.parity(),
            aggCompute,
            List.copyOf(parityIn),
            List.of(out("report", n.globalModelDatastore(), "flgen/" + run + "/parity/")),
            ""));
  }
}
