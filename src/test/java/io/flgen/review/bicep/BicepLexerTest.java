package io.flgen.review.bicep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexer on its own: every token class, with kinds, texts and positions exact. */
class BicepLexerTest {
  private final List<SyntaxError> errors = new ArrayList<>();

  /** The tokens as {@code KIND:text@line:column}, without the final EOF. */
  private List<String> lex(String src) {
    List<Token> tokens = new BicepLexer(src, "t.bicep", errors).tokenize();
    assertEquals(Token.Kind.EOF, tokens.get(tokens.size() - 1).kind());
    return tokens.subList(0, tokens.size() - 1).stream()
        .map(t -> t.kind() + ":" + t.text() + "@" + t.line() + ":" + t.column())
        .toList();
  }

  private List<String> errors() {
    return errors.stream().map(SyntaxError::toString).toList();
  }

  @Test
  void everyOperatorTakesTheLongestMatch() {
    assertEquals(
        List.of(
            "ELLIPSIS:...@1:1",
            "SAFE_DOT:.?@1:4",
            "DOT:.@1:6",
            "DOUBLE_COLON:::@1:7",
            "COLON::@1:9",
            "COALESCE:??@1:10",
            "QUESTION:?@1:12",
            "EQ:==@1:13",
            "EQ_I:=~@1:15",
            "ARROW:=>@1:17",
            "ASSIGN:=@1:19",
            "NEQ:!=@1:20",
            "NEQ_I:!~@1:22",
            "BANG:!@1:24",
            "LE:<=@1:25",
            "LT:<@1:27",
            "GE:>=@1:28",
            "GT:>@1:30"),
        lex("....?.:::???===~=>=!=!~!<=<>=>"));
    assertEquals(
        List.of(
            "AND:&&@1:1",
            "OR:||@1:3",
            "PIPE:|@1:5",
            "LBRACKET:[@1:6",
            "RBRACKET:]@1:7",
            "LPAREN:(@1:8",
            "RPAREN:)@1:9",
            "COMMA:,@1:10",
            "PLUS:+@1:11",
            "MINUS:-@1:12",
            "STAR:*@1:13",
            "SLASH:/@1:14",
            "PERCENT:%@1:16",
            "AT:@@1:17",
            "LBRACE:{@1:18",
            "RBRACE:}@1:19"),
        lex("&&|||[](),+-*/ %@{}"));
    assertEquals(List.of(), errors());
  }

  @Test
  void wordsNumbersAndUnexpectedCharacters() {
    assertEquals(
        List.of("IDENT:_a1@1:1", "INT:42@1:5", "IDENT:b@1:8", "IDENT:c@1:12"),
        lex("_a1 42 b & c $"));
    assertEquals(
        List.of(
            "t.bicep:1:10: unexpected character U+0026 '&'",
            "t.bicep:1:14: unexpected character U+0024 '$'"),
        errors());
  }

  @Test
  void commentsAndDirectivesGiveNoTokensButLineEndsDo() {
    assertEquals(
        List.of(
            "NEWLINE:\n@1:19",
            "IDENT:a@2:1",
            "SLASH:/@2:3",
            "IDENT:b@2:5",
            "NEWLINE:\n@2:14",
            "IDENT:c@4:7",
            "NEWLINE:\n@4:8"),
        lex("#disable-next-line\na / b // note\r\n/* one\ntwo */c\n"));
    lex("x /* never closed");
    assertEquals(List.of("t.bicep:1:3: unterminated comment"), errors());
  }

  @Test
  void stringsAndInterpolationHoles() {
    assertEquals(
        List.of(
            "STRING_LEFT:a@1:1",
            "LBRACE:{@1:5",
            "IDENT:b@1:6",
            "COLON::@1:7",
            "INT:1@1:9",
            "RBRACE:}@1:10",
            "DOT:.@1:11",
            "IDENT:b@1:12",
            "STRING_MIDDLE:-@1:13",
            "IDENT:c@1:17",
            "STRING_RIGHT:'\t@1:18"),
        lex("'a${{b: 1}.b}-${c}\\'\\t'"));
    assertEquals(List.of("STRING:x\u00e9@1:1"), lex("'x\\u{E9}'"));
    assertEquals(List.of(), errors());
  }

  @Test
  void aMultilineStringKeepsItsTextAndDropsTheFirstLineBreak() {
    assertEquals(List.of("MULTILINE_STRING:a\n'b''@1:1", "IDENT:x@3:8"), lex("'''\na\n'b'''''x"));
    assertEquals(List.of(), errors());
  }

  @Test
  void unterminatedStringsAndHolesAreErrorsAndLexingGoesOn() {
    assertEquals(List.of("STRING:ab@1:1", "NEWLINE:\n@1:4", "IDENT:x@2:1"), lex("'ab\nx"));
    lex("'${a\n");
    lex("'\\q'");
    lex("'\\u{110000}'");
    assertEquals(
        List.of(
            "t.bicep:1:1: unterminated string",
            "t.bicep:1:2: unclosed string interpolation '${'",
            "t.bicep:1:2: invalid escape sequence '\\q' (valid: \\\\ \\' \\n \\r \\t \\$ \\u{...})",
            "t.bicep:1:2: invalid unicode escape: expected \\u{hex digits} up to 10FFFF"),
        errors());
  }
}
