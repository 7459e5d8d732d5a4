package io.flgen.plan;

import io.flgen.azure.NameKind;

/**
 * One name the planner gave a resource, with the topology node it comes from, so the name check
 * judges the names the plan holds instead of naming the resources again. A party lists each name it
 * asks for, so two parties that ask for the same identity both appear here (the plan holds the
 * identity once).
 *
 * @param kind the Azure naming rule the name follows
 * @param owner the party that asks for it
 * @param scope the resource group it lands in (identities are compared by resource id)
 * @param path the topology path diagnostics point at ({@code silos[1].name})
 * @param builtFrom what a generated name was built from, as diagnostics say it ({@code (built from
 *     prefix 'fl' and silo name 'a')}); empty for a name the topology gives
 */
public record PlannedName(
    NameKind kind, String name, Party owner, Scope scope, String path, String builtFrom) {

  /** The identity's resource id; meaningful for {@link NameKind#USER_ASSIGNED_IDENTITY}. */
  public ResourceRef identity() {
    return ResourceRef.identity(scope, name);
  }
}
