package io.flgen.review.bicep;

import java.util.List;
import java.util.Optional;

/**
 * Outcome of {@link BicepParser#parse(String, String)}.
 *
 * <p>{@code file} is present exactly when {@code errors} is empty: the reader never hands out a
 * partial tree of a malformed file.
 *
 * @param file the syntax tree, present when the source is well-formed
 * @param errors located syntax errors in source order (empty when the source is well-formed)
 */
public record ParseResult(Optional<BicepFile> file, List<SyntaxError> errors) {

  public ParseResult {
    errors = List.copyOf(errors);
  }

  /** Whether the source parsed without errors. */
  public boolean ok() {
    return errors.isEmpty();
  }
}
