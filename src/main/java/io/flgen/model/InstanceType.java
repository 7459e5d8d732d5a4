package io.flgen.model;

import java.util.Optional;

/** An Azure ML Kubernetes InstanceType: the resources one job pod requests. */
public record InstanceType(
    String name,
    String cpu,
    String memory,
    int gpu,
    Optional<String> nodeSelectorPool,
    Optional<String> epc) {}
