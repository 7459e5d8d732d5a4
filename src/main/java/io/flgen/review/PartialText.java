package io.flgen.review;

/**
 * A string built from values of which some may not be known statically. An unknown part stands as
 * {@code <?>} (or as its own shape) and makes the result a {@link Value.Unknown} that keeps the
 * known parts: a role definition id built from an unknown subscription still names its role. Each
 * append fails the review's budget before the string grows past {@link Deployment#MAX_TEXT}.
 */
final class PartialText {
  private final StringBuilder sb = new StringBuilder();
  private boolean partial;

  PartialText text(String s) {
    sb.append(s);
    Deployment.text(sb.length());
    return this;
  }

  /** Appends a value's text, else the shape of its known parts, else {@code <?>}. */
  PartialText value(Value v) {
    String s = Value.shape(v);
    partial |= Value.text(v) == null;
    return text(s == null ? "<?>" : s);
  }

  /** The string, or an unknown value with {@code why} and the string as its shape. */
  Value result(String why) {
    return partial ? new Value.Unknown(why, sb.toString()) : new Value.Str(sb.toString());
  }
}
