package io.flgen.load;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

/**
 * The schema's {@code pattern} keyword, with the length checked first. Java's regular expressions
 * backtrack and recurse once per repetition of a group, so a long enough string can overflow the
 * stack (issue 10: a 1,800-character container name did). No topology value a pattern checks is
 * longer than {@link #MAX_INPUT} characters, so a longer one does not match, without running the
 * expression; the message then gives its length. The schema's own patterns also avoid repeated
 * groups, so even below the limit matching is linear and does not recurse per character.
 */
final class SchemaRegex implements RegularExpressionFactory {
  /** Longest string a schema pattern is run on; the longest valid patterned value is 501. */
  static final int MAX_INPUT = 1024;

  static final SchemaRegex INSTANCE = new SchemaRegex();

  private SchemaRegex() {}

  @Override
  public RegularExpression getRegularExpression(String regex) {
    RegularExpression jdk = JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
    return value -> value.length() <= MAX_INPUT && jdk.matches(value);
  }
}
