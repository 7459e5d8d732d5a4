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
 * @param problems files read but not parsed or evaluated in full (syntax errors, bad UTF-8, an
 *     evaluation budget exceeded), with their located errors
 * @param unread files not read at all (too large, too many, special files, links leaving the
 *     folder)
 * @param unresolved expressions or references that could not be resolved statically
 * @param coverage how much of what the Bicep declares was evaluated
 * @param drift files edited after generation, and what the edits change
 * @param placements for each result of the report, at the same index: the entry whose deployment it
 *     belongs to and the module calls from that entry to the finding's declaration
 */
public record ReviewResult(
    String folder,
    Plan plan,
    RuleEngine.Report report,
    List<String> files,
    List<Location.Message> problems,
    List<Location.Message> unread,
    List<String> unresolved,
    Coverage coverage,
    Drift drift,
    List<Placement> placements) {

  /**
   * Where a finding sits in the deployments of the folder.
   *
   * @param entry the entry file whose deployment holds the finding; empty when the folder is one
   *     deployment (flgen's own output)
   * @param via the module calls from the entry to the declaration, outermost first
   */
  public record Placement(String entry, List<Location> via) {}

  /** The placement of the report's result at {@code index}. */
  public Placement placement(int index) {
    return placements.get(index);
  }

  /**
   * What the review could evaluate.
   *
   * @param entries the entry files: Bicep files no other file calls as a module
   * @param separate whether each entry was judged as its own deployment (no manifest, several
   *     entries)
   * @param resources resource instances evaluated (after loops and module calls)
   * @param placeholders of those, how many are kept under a placeholder name ({@code
   *     <symbol@file:line>})
   * @param unresolved expressions not resolved statically
   */
  public record Coverage(
      List<String> entries, boolean separate, int resources, int placeholders, int unresolved) {}

  /**
   * Whether a file was not read, parsed or evaluated in full: never a clean review, whatever the
   * findings.
   */
  public boolean incomplete() {
    return !problems.isEmpty() || !unread.isEmpty();
  }

  /**
   * Whether the review is complete: every file read, parsed and evaluated, and nothing unresolved
   * unless allowed.
   */
  public boolean complete(boolean allowUnresolved) {
    return !incomplete() && (allowUnresolved || !unresolvedAny());
  }

  /**
   * Whether something was left unresolved (placeholders, unknown expressions): incomplete unless
   * allowed.
   */
  public boolean unresolvedAny() {
    return coverage.placeholders() > 0 || !unresolved.isEmpty();
  }

  /**
   * Why the review is incomplete, one line each, sorted: files not read, then files not parsed or
   * evaluated.
   */
  public List<String> incompleteReasons() {
    List<String> out = new java.util.ArrayList<>();
    unread.forEach(m -> out.add(m.toString()));
    problems.forEach(m -> out.add(m.toString()));
    return out;
  }

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
        new Drift(
            false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
