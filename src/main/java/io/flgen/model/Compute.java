package io.flgen.model;

/** An Azure ML compute cluster. */
public record Compute(String name, String vmSize, int minNodes, int maxNodes) {}
