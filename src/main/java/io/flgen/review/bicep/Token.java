package io.flgen.review.bicep;

/**
 * A lexical token (package-private).
 *
 * @param text the source text; for string pieces the decoded text between the delimiters
 * @param start offset of the first character
 */
record Token(Kind kind, String text, int line, int column, int start) {

  enum Kind {
    IDENT,
    INT,
    NEWLINE,
    EOF,
    /** {@code 'abc'} without interpolation. */
    STRING,
    /** {@code 'abc${} */
    STRING_LEFT,
    /** {@code }abc${} */
    STRING_MIDDLE,
    /** {@code }abc'} */
    STRING_RIGHT,
    /** {@code '''...'''}. */
    MULTILINE_STRING,
    LBRACE,
    RBRACE,
    LBRACKET,
    RBRACKET,
    LPAREN,
    RPAREN,
    COMMA,
    DOT,
    SAFE_DOT,
    ELLIPSIS,
    DOUBLE_COLON,
    COLON,
    QUESTION,
    COALESCE,
    ASSIGN,
    EQ,
    NEQ,
    EQ_I,
    NEQ_I,
    LT,
    LE,
    GT,
    GE,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    PERCENT,
    BANG,
    AND,
    OR,
    ARROW,
    AT,
    PIPE
  }

  Location location() {
    return new Location(line, column);
  }

  boolean is(Kind k) {
    return kind == k;
  }

  boolean isWord(String word) {
    return kind == Kind.IDENT && text.equals(word);
  }

  /** How the token is named in error messages. */
  String describe() {
    return switch (kind) {
      case NEWLINE -> "end of line";
      case EOF -> "end of file";
      case STRING, STRING_LEFT, MULTILINE_STRING -> "a string";
      case STRING_MIDDLE, STRING_RIGHT -> "'}'";
      case INT -> "integer " + text;
      default -> "'" + text + "'";
    };
  }
}
