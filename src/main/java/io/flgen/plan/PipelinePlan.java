package io.flgen.plan;

import java.util.List;

/** The unrolled FL pipeline, and the optional baseline. */
public record PipelinePlan(
    String experiment, String defaultCompute, List<StepPlan> steps, List<StepPlan> baseline) {}
