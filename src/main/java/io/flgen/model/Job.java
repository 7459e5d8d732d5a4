package io.flgen.model;

import io.flgen.terms.YamlEnum;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The FL job.
 *
 * @param experimentName the Azure ML experiment
 * @param rounds number of FL rounds, unrolled in the pipeline
 * @param aggregation weighted or unweighted FedAvg
 * @param components paths to the Azure ML component YAML of each step
 * @param parameters training parameters passed to every train step (sorted)
 * @param differentialPrivacy optional DP-SGD settings passed to every train step
 * @param baseline optional baseline job on pooled data (non-sensitive data only)
 * @param dataAssets whether the pipeline reads each silo's data through a versioned Azure ML data
 *     asset ({@code azureml:<name>:<version>}) instead of a raw datastore path
 */
public record Job(
    String experimentName,
    int rounds,
    Aggregation aggregation,
    Components components,
    SortedMap<String, Object> parameters,
    Optional<DifferentialPrivacy> differentialPrivacy,
    Optional<Baseline> baseline,
    boolean dataAssets) {
  public Job {
    parameters = new TreeMap<>(parameters);
  }

  /**
   * Input names the rendered pipeline generates for train and aggregate steps; a training parameter
   * must not reuse one, or it would silently replace the data, the checkpoint or DP.
   */
  public static final java.util.Set<String> RESERVED_PARAMETERS =
      java.util.Set.of(
          "train_data",
          "test_data",
          "checkpoint",
          "iteration_num",
          "train_data_path",
          "test_data_path",
          "preprocess",
          "data_account",
          "data_container",
          "train_data_prefix",
          "test_data_prefix",
          "data_tenant_id",
          "federated_app_client_id",
          "dp",
          "dp_target_epsilon",
          "dp_target_delta",
          "dp_max_grad_norm",
          "aggregation",
          "data_access",
          "silo_index",
          "silo_count",
          "total_rounds",
          "global_model",
          "baseline_model");

  /** The training parameters the starter kit's train and evaluate components declare. */
  public static final java.util.Set<String> STARTER_PARAMETERS =
      java.util.Set.of("epochs", "learning_rate", "batch_size", "seed");

  public enum Aggregation implements YamlEnum {
    FEDAVG_WEIGHTED,
    FEDAVG;

    public static Aggregation fromYaml(String s) {
      return YamlEnum.fromYaml(Aggregation.class, s, "aggregation");
    }
  }

  /**
   * The component spec of each step.
   *
   * @param evaluate the per-silo parity step, empty when the topology brings its own components
   * @param parity the orchestrator's parity report step, empty when the topology brings its own
   *     components
   * @param example the starter kit flgen renders under {@code aml/components/} ({@code digits}), or
   *     empty
   */
  public record Components(
      String preprocess,
      String train,
      String aggregate,
      String evaluate,
      String parity,
      String example) {
    public Components(String preprocess, String train, String aggregate) {
      this(preprocess, train, aggregate, "", "", "");
    }

    /** The starter kit's components, at the paths {@code flgen render} writes them to. */
    public static Components starterKit(String example) {
      return new Components(
          KIT + "preprocess/spec.yaml",
          KIT + "train/spec.yaml",
          KIT + "aggregate/spec.yaml",
          KIT + "evaluate/spec.yaml",
          KIT + "parity/spec.yaml",
          example);
    }

    private static final String KIT = "components/";

    public boolean starter() {
      return !example.isEmpty();
    }
  }

  public record DifferentialPrivacy(double epsilon, double delta, double maxGradNorm) {}

  /**
   * @param compute the orchestrator compute the baseline runs on
   * @param dataVersion the version of the pooled data's assets ({@code baseline_train}, {@code
   *     baseline_test}); bumped when new pooled data is uploaded
   */
  public record Baseline(String compute, int dataVersion) {}
}
