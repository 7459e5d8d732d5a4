package io.flgen.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The digits starter kit: {@code aml/components/<step>/} with the command component spec (the
 * contract of docs/components.md), its Python source and a pinned conda environment. The Python
 * sources are resources of the jar, written byte-identically; only the spec's positional inputs
 * depend on the topology (how many silos the aggregate and parity steps can take).
 */
final class StarterKit {
  static final String COMPONENT_SCHEMA =
      "https://azuremlschemas.azureedge.net/latest/commandComponent.schema.json";

  /** A curated Azure ML base image (CPU, Ubuntu 22.04); the conda file on top of it is pinned. */
  static final String BASE_IMAGE = "mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:20241202.v1";

  /** The positional inputs of aggregate and parity come in blocks of this many. */
  static final int POSITIONAL_BLOCK = 32;

  private static final String RESOURCES = "/starter-kit/";

  private StarterKit() {}

  /**
   * How many update_/metrics_ inputs the specs declare for {@code silos} silos: a whole number of
   * blocks.
   */
  static int positional(int silos) {
    return Math.max(1, (silos + POSITIONAL_BLOCK - 1) / POSITIONAL_BLOCK) * POSITIONAL_BLOCK;
  }

  static void write(GeneratedFiles out, Map<String, Object> specs) {
    for (var e : specs.entrySet()) {
      String dir = "aml/components/" + e.getKey() + "/";
      out.put(dir + "spec.yaml", AmlWriter.header() + AmlWriter.dump(e.getValue()));
      out.put(dir + e.getKey() + ".py", resource(e.getKey() + ".py"));
      out.put(dir + "flkit.py", resource("flkit.py"));
      out.put(dir + "conda.yaml", resource("conda.yaml"));
    }
  }

  /** The five component specs, in step order. */
  static Map<String, Object> specs(int silos) {
    int n = positional(silos);
    Map<String, Object> specs = new LinkedHashMap<>();
    specs.put("preprocess", preprocess());
    specs.put("train", train());
    specs.put("aggregate", aggregate(n));
    specs.put("evaluate", evaluate());
    specs.put("parity", parity(n));
    return specs;
  }

  private static Map<String, Object> preprocess() {
    Map<String, Object> ins = new LinkedHashMap<>();
    ins.put(
        "raw_training_data",
        input("uri_folder", true, "the silo's raw training folder (unused by digits)"));
    ins.put(
        "raw_testing_data",
        input("uri_folder", true, "the silo's raw testing folder (unused by digits)"));
    ins.put("silo_index", input("integer", false, "1-based position of the silo in the topology"));
    ins.put("silo_count", input("integer", false, "number of silos"));
    Map<String, Object> outs = new LinkedHashMap<>();
    outs.put("processed_train_data", output("data.npz: the silo's training share"));
    outs.put("processed_test_data", output("data.npz: the silo's test share"));
    return spec(
        "preprocess", "Writes this silo's label-skewed share of the digits data set", ins, outs);
  }

  private static Map<String, Object> train() {
    Map<String, Object> ins = access();
    ins.put(
        "checkpoint",
        input("uri_folder", true, "the previous round's global model; absent in round 1"));
    ins.put("iteration_num", input("integer", false, "this round, from 1"));
    ins.put("dp", input("boolean", false, "train with DP-SGD"));
    ins.put("dp_target_epsilon", input("number", true, "epsilon over all rounds, when dp"));
    ins.put("dp_target_delta", input("number", true, "delta, when dp"));
    ins.put("dp_max_grad_norm", input("number", true, "per-example clipping norm, when dp"));
    return spec(
        "train",
        "One FL round on this silo's data, from the checkpoint",
        ins,
        outputs(
            "model", "model.npz and metadata.json (format flgen-update/1, with the sample count)"));
  }

  private static Map<String, Object> aggregate(int n) {
    Map<String, Object> ins = positionalInputs("update_", n, "the model update");
    Map<String, Object> agg = input("string", false, "fedavg-weighted or fedavg");
    agg.put("enum", List.of("fedavg-weighted", "fedavg"));
    ins.put("aggregation", agg);
    return spec(
        "aggregate",
        "FedAvg over the positional updates",
        ins,
        outputs("aggregated_output", "the global model: model.npz and metadata.json"));
  }

  private static Map<String, Object> evaluate() {
    Map<String, Object> ins = access();
    ins.put("global_model", input("uri_folder", false, "the final global model"));
    ins.put(
        "baseline_model",
        input("uri_folder", true, "the pooled baseline model, when there is one"));
    return spec(
        "evaluate",
        "Parity on this silo's test data: global vs baseline vs local-only",
        ins,
        outputs("metrics", "metrics.json (format flgen-metrics/1): accuracies only, no data"));
  }

  private static Map<String, Object> parity(int n) {
    return spec(
        "parity",
        "The orchestrator's parity report from every silo's metrics",
        positionalInputs("metrics_", n, "the metrics"),
        outputs("report", "parity.json and parity.md"));
  }

  /**
   * {@code n} optional folder inputs, {@code prefix1} to {@code prefixN}, one per silo position.
   */
  private static Map<String, Object> positionalInputs(String prefix, int n, String what) {
    Map<String, Object> ins = new LinkedHashMap<>();
    for (int i = 1; i <= n; i++) {
      ins.put(prefix + i, input("uri_folder", true, what + " of the silo at position " + i));
    }
    return ins;
  }

  /** One output folder. */
  private static Map<String, Object> outputs(String name, String description) {
    Map<String, Object> outs = new LinkedHashMap<>();
    outs.put(name, output(description));
    return outs;
  }

  /** The data-access inputs every train and evaluate step declares, whatever the silo kind. */
  private static Map<String, Object> access() {
    Map<String, Object> ins = new LinkedHashMap<>();
    Map<String, Object> a = input("string", false, "how this step reaches the silo's data");
    a.put("enum", List.of("mounted", "local_volume", "federated"));
    ins.put("data_access", a);
    ins.put(
        "silo_index",
        input("integer", false, "1-based position of the silo; 0 is the pooled baseline"));
    ins.put("silo_count", input("integer", false, "number of silos"));
    ins.put("train_data", input("uri_folder", true, "mounted: the preprocessed training data"));
    ins.put("test_data", input("uri_folder", true, "mounted: the preprocessed test data"));
    ins.put(
        "train_data_path",
        input("string", true, "local_volume: the training folder on the cluster's volume"));
    ins.put(
        "test_data_path",
        input("string", true, "local_volume: the test folder on the cluster's volume"));
    ins.put("data_account", input("string", true, "federated: the partner's storage account"));
    ins.put("data_container", input("string", true, "federated: the container in that account"));
    ins.put("train_data_prefix", input("string", true, "federated: the training blob prefix"));
    ins.put("test_data_prefix", input("string", true, "federated: the test blob prefix"));
    ins.put("data_tenant_id", input("string", true, "federated: the partner tenant"));
    ins.put(
        "federated_app_client_id", input("string", true, "federated: the partner app's client id"));
    ins.put("preprocess", input("boolean", false, "the data is raw: preprocess it in this step"));
    ins.put("total_rounds", input("integer", false, "number of FL rounds"));
    ins.put("epochs", input("integer", true, "local epochs per round"));
    ins.put("learning_rate", input("number", true, "SGD learning rate"));
    ins.put("batch_size", input("integer", true, "examples per SGD step"));
    ins.put("seed", input("integer", true, "seed of shuffling and noise"));
    return ins;
  }

  private static Map<String, Object> input(String type, boolean optional, String description) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    if (optional) {
      m.put("optional", true);
    }
    m.put("description", description);
    return m;
  }

  private static Map<String, Object> output(String description) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "uri_folder");
    m.put("description", description);
    return m;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(
      String step, String description, Map<String, Object> ins, Map<String, Object> outs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("$schema", COMPONENT_SCHEMA);
    m.put("type", "command");
    m.put("name", "flgen_digits_" + step);
    m.put("version", "1");
    m.put("display_name", "flgen digits " + step);
    m.put("description", description + " (flgen starter kit; contract in docs/components.md)");
    m.put("inputs", ins);
    m.put("outputs", outs);
    m.put("code", ".");
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("image", BASE_IMAGE);
    env.put("conda_file", "conda.yaml");
    m.put("environment", env);
    StringBuilder cmd = new StringBuilder("python " + step + ".py");
    for (var e : ins.entrySet()) {
      boolean optional = Boolean.TRUE.equals(((Map<String, Object>) e.getValue()).get("optional"));
      String arg = "--" + e.getKey() + " ${{inputs." + e.getKey() + "}}";
      cmd.append(optional ? " $[[" + arg + "]]" : " " + arg);
    }
    for (String o : outs.keySet()) {
      cmd.append(" --").append(o).append(" ${{outputs.").append(o).append("}}");
    }
    m.put("command", cmd.toString());
    return m;
  }

  private static String resource(String name) {
    try (InputStream in = StarterKit.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing starter-kit resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
