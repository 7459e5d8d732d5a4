package io.flgen.review.bicep;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns Bicep source into tokens (package-private). Strings with {@code ${...}} holes become a
 * {@code STRING_LEFT}, expression tokens, {@code STRING_MIDDLE}s and a {@code STRING_RIGHT}; a
 * stack of brace depths tells a {@code }} that closes a hole from one that closes an object.
 * Comments, blanks and {@code #disable-next-line}-style directives produce no tokens; line ends
 * produce {@code NEWLINE}. Problems are recorded as errors and lexing goes on.
 */
final class BicepLexer {

  private final String src;
  private final String file;
  private final List<SyntaxError> errors;
  private final List<Token> tokens = new ArrayList<>();

  /** One entry per open {@code ${}: the number of unclosed {@code {} inside it, and its line and column. */
  private final Deque<int[]> holes = new ArrayDeque<>();

  private int pos;
  private int line = 1;
  private int lineStart;

  BicepLexer(String src, String file, List<SyntaxError> errors) {
    this.src = src;
    this.file = file;
    this.errors = errors;
  }

  /** An operator or punctuation token, by its text. */
  private record Operator(String text, Token.Kind kind) {}

  /**
   * The operators by first character, longest first where one begins another ({@code ...} before
   * {@code .?} before {@code .}). A lone {@code &} is none; {@code /} starts a comment first.
   */
  private static final Map<Character, List<Operator>> OPERATORS =
      Stream.of(
              new Operator("...", Token.Kind.ELLIPSIS),
              new Operator(".?", Token.Kind.SAFE_DOT),
              new Operator(".", Token.Kind.DOT),
              new Operator("::", Token.Kind.DOUBLE_COLON),
              new Operator(":", Token.Kind.COLON),
              new Operator("??", Token.Kind.COALESCE),
              new Operator("?", Token.Kind.QUESTION),
              new Operator("==", Token.Kind.EQ),
              new Operator("=~", Token.Kind.EQ_I),
              new Operator("=>", Token.Kind.ARROW),
              new Operator("=", Token.Kind.ASSIGN),
              new Operator("!=", Token.Kind.NEQ),
              new Operator("!~", Token.Kind.NEQ_I),
              new Operator("!", Token.Kind.BANG),
              new Operator("<=", Token.Kind.LE),
              new Operator("<", Token.Kind.LT),
              new Operator(">=", Token.Kind.GE),
              new Operator(">", Token.Kind.GT),
              new Operator("&&", Token.Kind.AND),
              new Operator("||", Token.Kind.OR),
              new Operator("|", Token.Kind.PIPE),
              new Operator("[", Token.Kind.LBRACKET),
              new Operator("]", Token.Kind.RBRACKET),
              new Operator("(", Token.Kind.LPAREN),
              new Operator(")", Token.Kind.RPAREN),
              new Operator(",", Token.Kind.COMMA),
              new Operator("+", Token.Kind.PLUS),
              new Operator("-", Token.Kind.MINUS),
              new Operator("*", Token.Kind.STAR),
              new Operator("/", Token.Kind.SLASH),
              new Operator("%", Token.Kind.PERCENT),
              new Operator("@", Token.Kind.AT))
          .collect(Collectors.groupingBy(o -> o.text().charAt(0)));

  List<Token> tokenize() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == '\r' || c == '\n') {
        lineEnd(c);
      } else if (c == '#' || (c == '/' && peek(1) == '/')) {
        // a comment, or a directive such as #disable-next-line: up to the line end
        while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
          pos++;
        }
      } else if (c == '/' && peek(1) == '*') {
        blockComment(line, column());
      } else if (c == '\'') {
        quote();
      } else if (c == '{' || c == '}') {
        brace(c);
      } else if (!operator(c)) {
        word(c);
      }
    }
    add(Token.Kind.EOF, "", line, column(), pos);
    return tokens;
  }

  private int column() {
    return pos - lineStart + 1;
  }

  private void lineEnd(char c) {
    if (!holes.isEmpty()) {
      // Strings are single-line: a hole still open at the line end is never closed.
      int[] hole = holes.peekLast();
      error(hole[1], hole[2], "unclosed string interpolation '${'");
      holes.clear();
    }
    add(Token.Kind.NEWLINE, "\n", line, column(), pos);
    pos += (c == '\r' && peek(1) == '\n') ? 2 : 1;
    newLine();
  }

  private void quote() {
    if (src.startsWith("'''", pos)) {
      multiline(line, column());
    } else {
      int start = pos++;
      string(line, start - lineStart + 1, start, true);
    }
  }

  /** A brace opens or closes an object, or (a {@code }} at depth 0 in a hole) closes the hole. */
  private void brace(char c) {
    if (c == '{') {
      if (!holes.isEmpty()) {
        holes.peek()[0]++;
      }
      op(Token.Kind.LBRACE, 1);
    } else if (!holes.isEmpty() && holes.peek()[0] == 0) {
      holes.pop();
      int start = pos++;
      string(line, start - lineStart + 1, start, false);
    } else {
      if (!holes.isEmpty()) {
        holes.peek()[0]--;
      }
      op(Token.Kind.RBRACE, 1);
    }
  }

  /** Adds the longest operator at the position; false when none starts there. */
  private boolean operator(char c) {
    for (Operator o : OPERATORS.getOrDefault(c, List.of())) {
      if (src.startsWith(o.text(), pos)) {
        op(o.kind(), o.text().length());
        return true;
      }
    }
    return false;
  }

  /** An identifier or integer; anything else is an unexpected character. */
  private void word(char c) {
    int start = pos;
    Token.Kind kind;
    if (isIdentStart(c)) {
      kind = Token.Kind.IDENT;
      while (pos < src.length() && isIdentPart(src.charAt(pos))) {
        pos++;
      }
    } else if (c >= '0' && c <= '9') {
      kind = Token.Kind.INT;
      while (pos < src.length() && Character.isDigit(src.charAt(pos)) && src.charAt(pos) < 128) {
        pos++;
      }
    } else {
      unexpected(c);
      return;
    }
    add(kind, src.substring(start, pos), line, start - lineStart + 1, start);
  }

  private static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isIdentPart(char c) {
    return isIdentStart(c) || (c >= '0' && c <= '9');
  }

  private char peek(int ahead) {
    int i = pos + ahead;
    return i < src.length() ? src.charAt(i) : '\0';
  }

  private void newLine() {
    line++;
    lineStart = pos;
  }

  private void op(Token.Kind kind, int length) {
    add(kind, src.substring(pos, pos + length), line, pos - lineStart + 1, pos);
    pos += length;
  }

  private void add(Token.Kind kind, String text, int l, int col, int start) {
    tokens.add(new Token(kind, text, l, col, start));
  }

  private void error(int l, int col, String message) {
    errors.add(new SyntaxError(file, l, col, message));
  }

  private void unexpected(char c) {
    // a whole code point, named by its number: never half a surrogate pair, never a raw control or
    // bidi character
    int cp = src.codePointAt(pos);
    String shown =
        Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT
                || Character.isSurrogate(c) && Character.charCount(cp) == 1
            ? ""
            : " '" + new String(Character.toChars(cp)) + "'";
    error(line, pos - lineStart + 1, "unexpected character U+" + String.format("%04X", cp) + shown);
    pos += Character.charCount(cp);
  }

  private void blockComment(int startLine, int startCol) {
    pos += 2;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '*' && peek(1) == '/') {
        pos += 2;
        return;
      }
      pos++;
      if (c == '\n' || (c == '\r' && peek(0) != '\n')) {
        newLine();
      }
    }
    error(startLine, startCol, "unterminated comment");
  }

  private void multiline(int startLine, int startCol) {
    int start = pos;
    pos += 3;
    // Bicep drops one line break right after the opening quotes.
    if (src.startsWith("\r\n", pos)) {
      pos += 2;
      newLine();
    } else if (peek(0) == '\n' || peek(0) == '\r') {
      pos++;
      newLine();
    }
    StringBuilder sb = new StringBuilder();
    while (pos < src.length()) {
      if (src.startsWith("'''", pos)) {
        // Extra quotes before the closing ''' belong to the content.
        while (src.startsWith("''''", pos)) {
          sb.append('\'');
          pos++;
        }
        pos += 3;
        add(Token.Kind.MULTILINE_STRING, sb.toString(), startLine, startCol, start);
        return;
      }
      char c = src.charAt(pos++);
      if (c == '\r' && peek(0) == '\n') {
        sb.append("\r\n");
        pos++;
        newLine();
        continue;
      }
      sb.append(c);
      if (c == '\n' || c == '\r') {
        newLine();
      }
    }
    error(startLine, startCol, "unterminated multi-line string");
    add(Token.Kind.MULTILINE_STRING, sb.toString(), startLine, startCol, start);
  }

  /**
   * Reads string text after an opening quote ({@code first}) or after the {@code }} closing a
   * hole, up to the closing quote or the next {@code ${}.
   */
  private void string(int startLine, int startCol, int start, boolean first) {
    Token.Kind closed = first ? Token.Kind.STRING : Token.Kind.STRING_RIGHT;
    Token.Kind open = first ? Token.Kind.STRING_LEFT : Token.Kind.STRING_MIDDLE;
    StringBuilder sb = new StringBuilder();
    while (true) {
      boolean lineEnds = pos >= src.length() || src.charAt(pos) == '\n' || src.charAt(pos) == '\r';
      if (lineEnds || src.charAt(pos) == '\'') {
        if (lineEnds) {
          error(
              startLine,
              startCol,
              first ? "unterminated string" : "unterminated interpolated string");
        } else {
          pos++;
        }
        add(closed, sb.toString(), startLine, startCol, start);
        return;
      }
      char c = src.charAt(pos);
      if (c == '$' && peek(1) == '{') {
        pos += 2;
        if (holes.size() >= BicepParser.MAX_DEPTH) {
          error(
              startLine,
              startCol,
              "string interpolation nested too deeply (more than "
                  + BicepParser.MAX_DEPTH
                  + " levels)");
        }
        holes.push(new int[] {0, line, pos - lineStart - 1});
        add(open, sb.toString(), startLine, startCol, start);
        return;
      }
      if (c == '\\') {
        escape(sb);
        continue;
      }
      sb.append(c);
      pos++;
    }
  }

  private void escape(StringBuilder sb) {
    int col = pos - lineStart + 1;
    char next = peek(1);
    switch (next) {
      case '\\' -> sb.append('\\');
      case '\'' -> sb.append('\'');
      case 'n' -> sb.append('\n');
      case 'r' -> sb.append('\r');
      case 't' -> sb.append('\t');
      case '$' -> sb.append('$');
      case 'u' -> {
        if (peek(2) == '{') {
          int end = pos + 3;
          while (end < src.length()
              && Character.digit(src.charAt(end), 16) >= 0
              && end - pos < 12) {
            end++;
          }
          if (end < src.length() && src.charAt(end) == '}' && end > pos + 3) {
            long cp = Long.parseLong(src.substring(pos + 3, end), 16);
            if (cp <= Character.MAX_CODE_POINT) {
              sb.appendCodePoint((int) cp);
              pos = end + 1;
              return;
            }
          }
        }
        error(line, col, "invalid unicode escape: expected \\u{hex digits} up to 10FFFF");
        pos += 2;
        return;
      }
      default -> {
        if (next == '\0' || next == '\n' || next == '\r') {
          pos++;
          error(line, col, "invalid escape sequence at end of line");
          return;
        }
        error(
            line,
            col,
            "invalid escape sequence '\\" + next + "' (valid: \\\\ \\' \\n \\r \\t \\$ \\u{...})");
      }
    }
    pos += 2;
  }
}
