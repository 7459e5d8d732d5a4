package io.flgen.rules;

import io.flgen.diag.Location;
import java.util.Optional;

/**
 * A finding with its effective severity at the checked stage, its source location, and the waiver
 * that suppresses it, if any.
 */
public record Result(
    Finding finding,
    RuleInfo rule,
    Severity severity,
    Location location,
    Optional<Suppression> suppression) {

  /** A waiver that accepted the finding. */
  public record Suppression(String justification, String expires) {}

  public boolean suppressed() {
    return suppression.isPresent();
  }
}
