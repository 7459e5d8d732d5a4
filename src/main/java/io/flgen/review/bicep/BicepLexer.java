package io.flgen.review.bicep;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

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

  List<Token> tokenize() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      int startLine = line;
      int startCol = pos - lineStart + 1;
      int start = pos;
      switch (c) {
        case ' ', '\t' -> pos++;
        case '\r', '\n' -> {
          if (!holes.isEmpty()) {
            // Strings are single-line: a hole still open at the line end is never closed.
            int[] hole = holes.peekLast();
            error(hole[1], hole[2], "unclosed string interpolation '${'");
            holes.clear();
          }
          pos += (c == '\r' && peek(1) == '\n') ? 2 : 1;
          add(Token.Kind.NEWLINE, "\n", startLine, startCol, start);
          newLine();
        }
        case '/' -> {
          if (peek(1) == '/') {
            while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
              pos++;
            }
          } else if (peek(1) == '*') {
            blockComment(startLine, startCol);
          } else {
            op(Token.Kind.SLASH, 1);
          }
        }
        case '#' -> {
          // #disable-next-line / #disable-diagnostics: a directive up to the line end
          while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
            pos++;
          }
        }
        case '\'' -> {
          if (src.startsWith("'''", pos)) {
            multiline(startLine, startCol);
          } else {
            pos++;
            string(startLine, startCol, start, true);
          }
        }
        case '{' -> {
          if (!holes.isEmpty()) {
            holes.peek()[0]++;
          }
          op(Token.Kind.LBRACE, 1);
        }
        case '}' -> {
          if (!holes.isEmpty() && holes.peek()[0] == 0) {
            holes.pop();
            pos++;
            string(startLine, startCol, start, false);
          } else {
            if (!holes.isEmpty()) {
              holes.peek()[0]--;
            }
            op(Token.Kind.RBRACE, 1);
          }
        }
        case '[' -> op(Token.Kind.LBRACKET, 1);
        case ']' -> op(Token.Kind.RBRACKET, 1);
        case '(' -> op(Token.Kind.LPAREN, 1);
        case ')' -> op(Token.Kind.RPAREN, 1);
        case ',' -> op(Token.Kind.COMMA, 1);
        case '.' -> {
          if (src.startsWith("...", pos)) {
            op(Token.Kind.ELLIPSIS, 3);
          } else if (peek(1) == '?') {
            op(Token.Kind.SAFE_DOT, 2);
          } else {
            op(Token.Kind.DOT, 1);
          }
        }
        case ':' -> {
          if (peek(1) == ':') {
            op(Token.Kind.DOUBLE_COLON, 2);
          } else {
            op(Token.Kind.COLON, 1);
          }
        }
        case '?' -> {
          if (peek(1) == '?') {
            op(Token.Kind.COALESCE, 2);
          } else {
            op(Token.Kind.QUESTION, 1);
          }
        }
        case '=' -> {
          if (peek(1) == '=') {
            op(Token.Kind.EQ, 2);
          } else if (peek(1) == '~') {
            op(Token.Kind.EQ_I, 2);
          } else if (peek(1) == '>') {
            op(Token.Kind.ARROW, 2);
          } else {
            op(Token.Kind.ASSIGN, 1);
          }
        }
        case '!' -> {
          if (peek(1) == '=') {
            op(Token.Kind.NEQ, 2);
          } else if (peek(1) == '~') {
            op(Token.Kind.NEQ_I, 2);
          } else {
            op(Token.Kind.BANG, 1);
          }
        }
        case '<' -> op(peek(1) == '=' ? Token.Kind.LE : Token.Kind.LT, peek(1) == '=' ? 2 : 1);
        case '>' -> op(peek(1) == '=' ? Token.Kind.GE : Token.Kind.GT, peek(1) == '=' ? 2 : 1);
        case '+' -> op(Token.Kind.PLUS, 1);
        case '-' -> op(Token.Kind.MINUS, 1);
        case '*' -> op(Token.Kind.STAR, 1);
        case '%' -> op(Token.Kind.PERCENT, 1);
        case '@' -> op(Token.Kind.AT, 1);
        case '&' -> {
          if (peek(1) == '&') {
            op(Token.Kind.AND, 2);
          } else {
            unexpected(c);
          }
        }
        case '|' -> {
          if (peek(1) == '|') {
            op(Token.Kind.OR, 2);
          } else {
            op(Token.Kind.PIPE, 1);
          }
        }
        default -> {
          if (isIdentStart(c)) {
            while (pos < src.length() && isIdentPart(src.charAt(pos))) {
              pos++;
            }
            add(Token.Kind.IDENT, src.substring(start, pos), startLine, startCol, start);
          } else if (c >= '0' && c <= '9') {
            while (pos < src.length()
                && Character.isDigit(src.charAt(pos))
                && src.charAt(pos) < 128) {
              pos++;
            }
            add(Token.Kind.INT, src.substring(start, pos), startLine, startCol, start);
          } else {
            unexpected(c);
          }
        }
      }
    }
    add(Token.Kind.EOF, "", line, pos - lineStart + 1, pos);
    return tokens;
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
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= src.length() || src.charAt(pos) == '\n' || src.charAt(pos) == '\r') {
        error(
            startLine,
            startCol,
            first ? "unterminated string" : "unterminated interpolated string");
        add(
            first ? Token.Kind.STRING : Token.Kind.STRING_RIGHT,
            sb.toString(),
            startLine,
            startCol,
            start);
        return;
      }
      char c = src.charAt(pos);
      if (c == '\'') {
        pos++;
        add(
            first ? Token.Kind.STRING : Token.Kind.STRING_RIGHT,
            sb.toString(),
            startLine,
            startCol,
            start);
        return;
      }
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
        add(
            first ? Token.Kind.STRING_LEFT : Token.Kind.STRING_MIDDLE,
            sb.toString(),
            startLine,
            startCol,
            start);
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
