package io.flgen.plan;

/**
 * A deployment output of main.bicep.
 *
 * @param resource the plan name of the resource it reads (workspace, identity or storage name)
 * @param property what it reads: {@code name}, {@code id}, {@code principalId} or {@code clientId}
 */
public record OutputPlan(String name, String resource, String property, String description) {}
