package io.flgen.plan;

import java.util.List;

/**
 * The unrolled FL pipeline, and the optional baseline.
 *
 * @param inputs pipeline-level inputs set at submission ({@code --set inputs.NAME=...}), such as a
 *     partner app's client id; each value is a placeholder saying how to set it
 * @param assets the data assets the steps read ({@code job.dataAssets}), silos in topology order
 *     (train then test), then the baseline's; empty when the steps read raw datastore paths
 */
public record PipelinePlan(
    String experiment,
    String defaultCompute,
    List<StepPlan> steps,
    List<StepPlan> baseline,
    List<StepPlan.Port> inputs,
    List<DataAssetPlan> assets) {
  public PipelinePlan {
    inputs = List.copyOf(inputs);
    assets = List.copyOf(assets);
  }

  public PipelinePlan(
      String experiment, String defaultCompute, List<StepPlan> steps, List<StepPlan> baseline) {
    this(experiment, defaultCompute, steps, baseline, List.of(), List.of());
  }

  /** The asset a step's {@code azureml:<name>:<version>} input names, if the plan has it. */
  public java.util.Optional<DataAssetPlan> asset(String ref) {
    return assets.stream().filter(a -> a.ref().equals(ref)).findFirst();
  }
}
