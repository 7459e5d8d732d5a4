package io.flgen.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Minimal extractor of resource bodies from Bicep source, for type conformance checks.
 *
 * <p>For each {@code resource <sym> '<Type>@<ver>' = <body>} declaration that writes a resource
 * (declarations marked {@code existing} are skipped, but child resources declared inside them are
 * not), it yields the line of the {@code resource} keyword, the type and the body as a Jackson
 * tree. The body may be {@code {...}}, {@code if (cond) {...}} or {@code [for ... in ...: {...}]} /
 * {@code [for ... in ...: if (cond) {...}]}.
 *
 * <p>Conversion: object keys become fields; plain string literals (also {@code '''...'''}) become
 * text; {@code true}/{@code false} booleans; integers numbers; {@code null} JSON null; arrays and
 * objects are converted recursively. Every other value (identifiers, calls, member access,
 * interpolated strings, operators, ternaries, {@code for} expressions ...) becomes the expression
 * marker of {@link AzureTypeCatalog#expression(String)}. The Bicep-only keys {@code parent}, {@code
 * scope} and {@code dependsOn} are dropped from resource bodies. Child resources nested in a body
 * ({@code resource c 'secrets' = {...}}) become separate declarations of type {@code
 * <ParentType>/<child>@<version>}.
 */
public final class BicepResourceBodies {

  /** One resource declaration; {@code body} excludes parent/scope/dependsOn. */
  public record Declaration(String symbol, String typeAtVersion, int line, ObjectNode body) {}

  private static final Set<String> BICEP_ONLY_KEYS = Set.of("parent", "scope", "dependsOn");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BicepResourceBodies() {}

  /**
   * All writing resource declarations of a Bicep file, in source order (children after parents).
   */
  public static List<Declaration> extract(String source) {
    Parser parser = new Parser(source, new Lexer(source).tokens());
    return parser.file();
  }

  // ---------------------------------------------------------------- lexer

  private enum Kind {
    IDENT,
    STRING,
    NUMBER,
    PUNCT,
    NEWLINE,
    EOF
  }

  /**
   * A token; for STRING, {@code text} is the decoded value and {@code interpolated} tells whether
   * it contains {@code ${...}}. {@code start}/{@code end} are source offsets.
   */
  private record Token(Kind kind, String text, boolean interpolated, int line, int start, int end) {
    boolean is(String punct) {
      return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punct);
    }
  }

  private static final class Lexer {
    private final String src;
    private int pos;
    private int line = 1;
    private final List<Token> out = new ArrayList<>();

    Lexer(String src) {
      this.src = src;
    }

    List<Token> tokens() {
      while (true) {
        skipSpaceAndComments();
        if (pos >= src.length()) {
          out.add(new Token(Kind.EOF, "", false, line, pos, pos));
          return out;
        }
        int start = pos;
        int startLine = line;
        char c = src.charAt(pos);
        if (c == '\n') {
          pos++;
          line++;
          out.add(new Token(Kind.NEWLINE, "\n", false, startLine, start, pos));
        } else if (src.startsWith("'''", pos)) {
          out.add(multiLineString());
        } else if (c == '\'') {
          out.add(string());
        } else if (Character.isDigit(c)) {
          while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
          }
          out.add(new Token(Kind.NUMBER, src.substring(start, pos), false, startLine, start, pos));
        } else if (Character.isLetter(c) || c == '_') {
          while (pos < src.length()
              && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
          }
          out.add(new Token(Kind.IDENT, src.substring(start, pos), false, startLine, start, pos));
        } else {
          String punct = punctuation();
          pos += punct.length();
          out.add(new Token(Kind.PUNCT, punct, false, startLine, start, pos));
        }
      }
    }

    private String punctuation() {
      for (String p :
          new String[] {
            "...", "??", "&&", "||", "==", "!=", "<=", ">=", "=~", "!~", "=>", ".?", "::"
          }) {
        if (src.startsWith(p, pos)) {
          return p;
        }
      }
      return String.valueOf(src.charAt(pos));
    }

    /** Skips blanks and comments; a block comment spanning lines counts as one newline. */
    private void skipSpaceAndComments() {
      while (pos < src.length()) {
        char c = src.charAt(pos);
        if (c == ' ' || c == '\t' || c == '\r') {
          pos++;
        } else if (src.startsWith("//", pos)) {
          while (pos < src.length() && src.charAt(pos) != '\n') {
            pos++;
          }
        } else if (src.startsWith("/*", pos)) {
          int close = src.indexOf("*/", pos + 2);
          int end = close < 0 ? src.length() : close + 2;
          int startLine = line;
          int start = pos;
          for (int i = pos; i < end; i++) {
            if (src.charAt(i) == '\n') {
              line++;
            }
          }
          pos = end;
          if (line != startLine) {
            out.add(new Token(Kind.NEWLINE, "\n", false, startLine, start, pos));
          }
        } else {
          return;
        }
      }
    }

    private Token multiLineString() {
      int start = pos;
      int startLine = line;
      int close = src.indexOf("'''", pos + 3);
      if (close < 0) {
        throw new IllegalArgumentException("line " + startLine + ": unterminated ''' string");
      }
      // Closing may be followed by further quotes belonging to the content (''''x'''' style).
      while (close + 3 < src.length() && src.charAt(close + 3) == '\'') {
        close++;
      }
      String text = src.substring(pos + 3, close);
      if (text.startsWith("\r\n")) {
        text = text.substring(2);
      } else if (text.startsWith("\n")) {
        text = text.substring(1);
      }
      for (int i = pos; i < close; i++) {
        if (src.charAt(i) == '\n') {
          line++;
        }
      }
      pos = close + 3;
      return new Token(Kind.STRING, text, false, startLine, start, pos);
    }

    /** A single-quoted string; nested {@code ${...}} are skipped with brace/string awareness. */
    private Token string() {
      int start = pos;
      int startLine = line;
      pos++;
      StringBuilder text = new StringBuilder();
      boolean interpolated = false;
      while (true) {
        if (pos >= src.length() || src.charAt(pos) == '\n') {
          throw new IllegalArgumentException("line " + startLine + ": unterminated string");
        }
        char c = src.charAt(pos);
        if (c == '\'') {
          pos++;
          return new Token(Kind.STRING, text.toString(), interpolated, startLine, start, pos);
        } else if (c == '\\' && pos + 1 < src.length()) {
          char e = src.charAt(pos + 1);
          pos += 2;
          switch (e) {
            case 'n' -> text.append('\n');
            case 'r' -> text.append('\r');
            case 't' -> text.append('\t');
            case 'u' -> {
              int close = src.indexOf('}', pos);
              if (close < 0 || src.charAt(pos) != '{') {
                throw new IllegalArgumentException("line " + startLine + ": bad \\u escape");
              }
              text.appendCodePoint(Integer.parseInt(src.substring(pos + 1, close), 16));
              pos = close + 1;
            }
            default -> text.append(e); // \' \\ \$
          }
        } else if (c == '$' && src.startsWith("${", pos)) {
          interpolated = true;
          skipInterpolation();
        } else {
          text.append(c);
          pos++;
        }
      }
    }

    private void skipInterpolation() {
      pos += 2;
      int depth = 1;
      while (depth > 0) {
        if (pos >= src.length()) {
          throw new IllegalArgumentException("line " + line + ": unterminated interpolation");
        }
        char c = src.charAt(pos);
        if (c == '\'') {
          string(); // nested string literal, discarded
          continue;
        }
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
        } else if (c == '\n') {
          line++;
        }
        pos++;
      }
    }
  }

  // ---------------------------------------------------------------- parser

  private static final class Parser {
    private final String src;
    private final List<Token> toks;
    private int i;
    private final List<Declaration> found = new ArrayList<>();

    Parser(String src, List<Token> toks) {
      this.src = src;
      this.toks = toks;
    }

    private Token peek() {
      return toks.get(i);
    }

    private Token peek(int ahead) {
      return toks.get(Math.min(i + ahead, toks.size() - 1));
    }

    private Token next() {
      Token t = toks.get(i);
      if (t.kind != Kind.EOF) {
        i++;
      }
      return t;
    }

    private Token expect(String punct) {
      Token t = next();
      if (!t.is(punct)) {
        throw error(t, "expected '" + punct + "' but found '" + t.text + "'");
      }
      return t;
    }

    private IllegalArgumentException error(Token t, String message) {
      return new IllegalArgumentException("line " + t.line + ": " + message);
    }

    /** Top level: look at the first token of each line; skip every other statement. */
    List<Declaration> file() {
      boolean lineStart = true;
      int depth = 0;
      while (peek().kind != Kind.EOF) {
        Token t = peek();
        if (depth == 0 && lineStart && isResourceDeclaration()) {
          resource(null, null);
          lineStart = false;
          continue;
        }
        next();
        if (t.kind == Kind.NEWLINE) {
          lineStart = depth == 0;
          continue;
        }
        lineStart = false;
        if (t.is("{") || t.is("[") || t.is("(")) {
          depth++;
        } else if (t.is("}") || t.is("]") || t.is(")")) {
          depth = Math.max(0, depth - 1);
        }
      }
      return found;
    }

    private boolean isResourceDeclaration() {
      return peek().is("resource")
          && peek().kind == Kind.IDENT
          && peek(1).kind == Kind.IDENT
          && peek(2).kind == Kind.STRING;
    }

    /**
     * Parses {@code resource sym 'type' [existing] = body}; the type of a nested child is resolved
     * against its parent's type and version.
     */
    private void resource(String parentType, String parentVersion) {
      Token keyword = next();
      String symbol = next().text;
      Token typeToken = next();
      String declared = typeToken.text;
      String type;
      String version;
      int at = declared.indexOf('@');
      if (parentType == null) {
        if (at < 0 || typeToken.interpolated) {
          throw error(typeToken, "resource type without API version: '" + declared + "'");
        }
        type = declared.substring(0, at);
        version = declared.substring(at + 1);
      } else {
        type = parentType + "/" + (at < 0 ? declared : declared.substring(0, at));
        version = at < 0 ? parentVersion : declared.substring(at + 1);
      }
      boolean existing = false;
      if (peek().is("existing")) {
        next();
        existing = true;
      }
      expect("=");
      int index = found.size();
      ObjectNode body = resourceBody(type, version);
      if (!existing) {
        BICEP_ONLY_KEYS.forEach(body::remove);
        // Parent before its children (which were added while parsing the body).
        found.add(index, new Declaration(symbol, type + "@" + version, keyword.line, body));
      }
    }

    private ObjectNode resourceBody(String type, String version) {
      if (peek().is("if")) {
        next();
        skipBalanced();
        return object(type, version);
      }
      if (peek().is("[")) {
        next();
        if (!peek().is("for")) {
          throw error(peek(), "expected 'for' in resource loop");
        }
        next();
        skipUntilLoopColon();
        ObjectNode body = resourceBody(type, version);
        skipNewlines();
        expect("]");
        return body;
      }
      return object(type, version);
    }

    /** Skips a parenthesised group, e.g. an {@code if} condition. */
    private void skipBalanced() {
      Token open = expect("(");
      int depth = 1;
      while (depth > 0) {
        Token t = next();
        if (t.kind == Kind.EOF) {
          throw error(open, "unbalanced parentheses");
        }
        if (t.is("(") || t.is("[") || t.is("{")) {
          depth++;
        } else if (t.is(")") || t.is("]") || t.is("}")) {
          depth--;
        }
      }
    }

    /** Skips {@code x in list} / {@code (x, i) in list} up to and including the loop's ':'. */
    private void skipUntilLoopColon() {
      int depth = 0;
      int ternaries = 0;
      while (true) {
        Token t = next();
        if (t.kind == Kind.EOF) {
          throw error(t, "unterminated for loop");
        }
        if (t.is("(") || t.is("[") || t.is("{")) {
          depth++;
        } else if (t.is(")") || t.is("]") || t.is("}")) {
          depth--;
        } else if (depth == 0 && t.is("?")) {
          ternaries++;
        } else if (depth == 0 && t.is(":")) {
          if (ternaries == 0) {
            return;
          }
          ternaries--;
        }
      }
    }

    private void skipNewlines() {
      while (peek().kind == Kind.NEWLINE) {
        next();
      }
    }

    /**
     * Parses an object literal. Inside resource bodies ({@code type != null}) nested resource
     * declarations are recognised and recorded as child declarations.
     */
    private ObjectNode object(String type, String version) {
      Token open = expect("{");
      ObjectNode obj = NODES.objectNode();
      while (true) {
        Token t = peek();
        if (t.kind == Kind.NEWLINE || t.is(",")) {
          next();
        } else if (t.is("}")) {
          next();
          return obj;
        } else if (t.kind == Kind.EOF) {
          throw error(open, "unterminated object");
        } else if (t.is("@")) {
          skipDecorator();
        } else if (type != null && isResourceDeclaration()) {
          resource(type, version);
        } else if (t.is("...")) {
          next();
          value(Set.of("}", ","));
        } else if (t.kind == Kind.IDENT || (t.kind == Kind.STRING && !t.interpolated)) {
          next();
          expect(":");
          obj.set(t.text, value(Set.of("}", ",")));
        } else if (t.kind == Kind.STRING) { // interpolated key: value unknown, skip
          next();
          expect(":");
          value(Set.of("}", ","));
        } else {
          throw error(t, "unexpected '" + t.text + "' in object");
        }
      }
    }

    private void skipDecorator() {
      expect("@");
      next(); // name (possibly namespace)
      while (peek().is(".")) {
        next();
        next();
      }
      if (peek().is("(")) {
        skipBalanced();
      }
    }

    private ArrayNode array() {
      Token open = expect("[");
      ArrayNode arr = NODES.arrayNode();
      while (true) {
        Token t = peek();
        if (t.kind == Kind.NEWLINE || t.is(",")) {
          next();
        } else if (t.is("]")) {
          next();
          return arr;
        } else if (t.kind == Kind.EOF) {
          throw error(open, "unterminated array");
        } else {
          arr.add(value(Set.of("]", ",")));
        }
      }
    }

    /**
     * Parses one value up to a terminator (newline at depth 0 or one of {@code closers}). A lone
     * literal is converted; anything else becomes the expression marker.
     */
    private JsonNode value(Set<String> closers) {
      int startTok = i;
      Token first = peek();
      JsonNode literal = null;
      if (first.is("{")) {
        literal = object(null, null);
      } else if (first.is("[") && !peek(1).is("for")) {
        literal = array();
      } else if (first.kind == Kind.STRING && !first.interpolated) {
        next();
        literal = NODES.stringNode(first.text);
      } else if (first.kind == Kind.NUMBER) {
        next();
        literal = NODES.numberNode(Long.parseLong(first.text));
      } else if (first.is("-") && peek(1).kind == Kind.NUMBER) {
        next();
        literal = NODES.numberNode(-Long.parseLong(next().text));
      } else if (first.is("true") || first.is("false")) {
        next();
        literal = NODES.booleanNode(first.is("true"));
      } else if (first.is("null")) {
        next();
        literal = NODES.nullNode();
      }
      if (literal != null && atTerminator(closers)) {
        return normalize(literal);
      }
      // An expression: consume the rest, tracking brackets.
      int depth = 0;
      while (true) {
        Token t = peek();
        if (t.kind == Kind.EOF) {
          break;
        }
        if (depth == 0 && atTerminator(closers)) {
          break;
        }
        next();
        if (t.is("(") || t.is("[") || t.is("{")) {
          depth++;
        } else if (t.is(")") || t.is("]") || t.is("}")) {
          depth--;
        }
      }
      Token last = toks.get(i - 1);
      if (i == startTok) {
        throw error(first, "missing value");
      }
      return AzureTypeCatalog.expression(src.substring(toks.get(startTok).start, last.end));
    }

    /** Integers that fit stay int nodes; keeps tests' expectations simple. */
    private static JsonNode normalize(JsonNode node) {
      if (node.isLong() && node.canConvertToInt()) {
        return NODES.numberNode(node.asInt());
      }
      return node;
    }

    /** At a value terminator: a closer, or a newline not followed by a continuation operator. */
    private boolean atTerminator(Set<String> closers) {
      Token t = peek();
      if (t.kind == Kind.EOF || (t.kind == Kind.PUNCT && closers.contains(t.text))) {
        return true;
      }
      if (t.kind != Kind.NEWLINE) {
        return false;
      }
      int j = i;
      while (toks.get(j).kind == Kind.NEWLINE) {
        j++;
      }
      Token after = toks.get(j);
      boolean continuation =
          after.kind == Kind.PUNCT
              && Set.of("?", ":", "??", "&&", "||", ".", ".?").contains(after.text);
      return !continuation;
    }
  }
}
