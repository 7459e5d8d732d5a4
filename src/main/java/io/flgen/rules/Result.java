package io.flgen.rules;

import io.flgen.diag.Location;
import java.util.Comparator;
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

  /**
   * The order of a report: most severe first, then by rule, location (none first), target and
   * message.
   */
  public static final Comparator<Result> ORDER =
      Comparator.comparing(Result::severity)
          .reversed()
          .thenComparing(r -> r.finding().ruleId())
          .thenComparing(Result::location, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(r -> r.finding().target())
          .thenComparing(r -> r.finding().message());

  /** A waiver that accepted the finding. */
  public record Suppression(String justification, String expires) {}

  public boolean suppressed() {
    return suppression.isPresent();
  }
}
