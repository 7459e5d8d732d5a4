package io.flgen.plan;

/**
 * A deployment output of main.bicep.
 *
 * @param resource the plan name of the resource it reads (workspace, identity or storage name)
 * @param property what it reads: {@code name}, {@code id}, {@code principalId} or {@code clientId}
 * @param owner the party that owns the resource, or null when unknown: a name alone does not say
 *     which identity it is (the same name in two resource groups is two identities)
 */
public record OutputPlan(
    String name, String resource, String property, String description, Party owner) {
  public OutputPlan(String name, String resource, String property, String description) {
    this(name, resource, property, description, null);
  }
}
