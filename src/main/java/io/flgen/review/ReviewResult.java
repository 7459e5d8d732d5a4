package io.flgen.review;

import io.flgen.diag.Location;
import io.flgen.plan.Plan;
import io.flgen.rules.RuleEngine;
import java.util.List;

/**
 * Everything a review found.
 *
 * @param folder the folder reviewed, as given
 * @param plan the plan derived from the artifacts
 * @param report the rule results on that plan; locations point into the Bicep files
 * @param files every file read, relative to the folder, sorted
 * @param problems files that could not be read or parsed, with their located errors
 * @param unresolved expressions or references that could not be resolved statically
 * @param drift files edited after generation, and what the edits change
 */
public record ReviewResult(
    String folder,
    Plan plan,
    RuleEngine.Report report,
    List<String> files,
    List<Location.Message> problems,
    List<String> unresolved,
    Drift drift) {

  /**
   * Differences against flgen-manifest.json.
   *
   * @param manifest whether the folder holds a manifest
   * @param edited files whose SHA-256 differs from the manifest
   * @param added Bicep and YAML files the manifest does not list (the user's own, or injected)
   * @param missing files the manifest lists that are gone
   * @param accessAdded access-matrix rows present now but not at generation
   * @param accessRemoved rows present at generation but not now
   * @param exposureAdded internet exposure present now but not at generation
   * @param exposureRemoved exposure present at generation but not now
   */
  public record Drift(
      boolean manifest,
      List<String> edited,
      List<String> added,
      List<String> missing,
      List<String> accessAdded,
      List<String> accessRemoved,
      List<String> exposureAdded,
      List<String> exposureRemoved) {
    public static final Drift NONE =
        new Drift(false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
