package io.flgen.plan;

import java.util.List;

/**
 * The unrolled FL pipeline, and the optional baseline.
 *
 * @param inputs pipeline-level inputs set at submission ({@code --set inputs.NAME=...}), such as a
 *     partner app's client id; each value is a placeholder saying how to set it
 */
public record PipelinePlan(
    String experiment,
    String defaultCompute,
    List<StepPlan> steps,
    List<StepPlan> baseline,
    List<StepPlan.Port> inputs) {
  public PipelinePlan {
    inputs = List.copyOf(inputs);
  }

  public PipelinePlan(
      String experiment, String defaultCompute, List<StepPlan> steps, List<StepPlan> baseline) {
    this(experiment, defaultCompute, steps, baseline, List.of());
  }
}
