package io.flgen.review.bicep;

import io.flgen.review.bicep.Decl.Decorator;
import io.flgen.review.bicep.Expr.StringPart;
import io.flgen.review.bicep.Token.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A recursive-descent reader of Bicep files (syntax only: no symbol, type or scope checks).
 *
 * <p>{@link #parse(String, String)} never throws for any input: malformed sources give {@link
 * SyntaxError}s with 1-based line and column, and nesting deeper than {@link #MAX_DEPTH} is
 * reported as an error instead of overflowing the stack. After an error the reader skips to the
 * next line that starts (in column 1) with a declaration keyword or a decorator and goes on, so one
 * run can report several errors.
 *
 * <p>Line breaks matter as in Bicep: they end declarations and separate object properties and array
 * items (commas may be used too); inside parentheses, after binary operators and around the {@code
 * ?} and {@code :} of a conditional they are ignored.
 */
public final class BicepParser {

  /** Maximum nesting of expressions, objects, arrays, types and string interpolations. */
  public static final int MAX_DEPTH = 200;

  private static final Set<String> DECLARATION_KEYWORDS =
      Set.of(
          "targetScope",
          "metadata",
          "param",
          "var",
          "resource",
          "module",
          "output",
          "type",
          "func",
          "import",
          "extension");

  private static final List<Set<Kind>> BINARY_LEVELS =
      List.of(
          Set.of(Kind.COALESCE),
          Set.of(Kind.OR),
          Set.of(Kind.AND),
          Set.of(Kind.EQ, Kind.NEQ, Kind.EQ_I, Kind.NEQ_I),
          Set.of(Kind.LT, Kind.LE, Kind.GT, Kind.GE),
          Set.of(Kind.PLUS, Kind.MINUS),
          Set.of(Kind.STAR, Kind.SLASH, Kind.PERCENT));

  /** Unwinds the parse to the declaration loop after an error has been recorded. */
  private static final class Bail extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Bail() {
      super(null, null, false, false);
    }
  }

  private final List<Token> tokens;
  private final String file;
  private final List<SyntaxError> errors;
  private int p;
  private int depth;

  private BicepParser(List<Token> tokens, String file, List<SyntaxError> errors) {
    this.tokens = tokens;
    this.file = file;
    this.errors = errors;
  }

  /**
   * Reads a Bicep source.
   *
   * @param source the file content (a leading byte-order mark is ignored; {@code null} reads as
   *     empty)
   * @param file the name used in {@link SyntaxError}s
   * @return the tree when the source is well-formed, else the errors in source order
   */
  public static ParseResult parse(String source, String file) {
    String text = source == null ? "" : source;
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<SyntaxError> errors = new ArrayList<>();
    List<Decl> declarations = List.of();
    try {
      List<Token> tokens = new BicepLexer(text, file, errors).tokenize();
      declarations = new BicepParser(tokens, file, errors).parseFile();
    } catch (StackOverflowError e) {
      errors.add(new SyntaxError(file, 1, 1, "input nested too deeply to read"));
    }
    List<SyntaxError> sorted = new ArrayList<>(new LinkedHashSet<>(errors));
    sorted.sort(Comparator.comparingInt(SyntaxError::line).thenComparingInt(SyntaxError::column));
    Optional<BicepFile> tree =
        sorted.isEmpty() ? Optional.of(new BicepFile(file, declarations)) : Optional.empty();
    return new ParseResult(tree, sorted);
  }

  // ---------------------------------------------------------------- token helpers

  private Token cur() {
    return tokens.get(p);
  }

  private Token peek(int ahead) {
    return tokens.get(Math.min(p + ahead, tokens.size() - 1));
  }

  private Token next() {
    Token t = tokens.get(p);
    if (t.kind() != Kind.EOF) {
      p++;
    }
    return t;
  }

  private boolean at(Kind kind) {
    return cur().kind() == kind;
  }

  private boolean atWord(String word) {
    return cur().isWord(word);
  }

  private void skipNewlines() {
    while (at(Kind.NEWLINE)) {
      p++;
    }
  }

  private int firstAfterNewlines() {
    int i = p;
    while (tokens.get(i).kind() == Kind.NEWLINE) {
      i++;
    }
    return i;
  }

  /** Whether the next token other than line ends is of this kind. */
  private boolean nextNonNewlineIs(Kind kind) {
    int i = p;
    while (tokens.get(i).kind() == Kind.NEWLINE) {
      i++;
    }
    return tokens.get(i).kind() == kind;
  }

  private Bail fail(Token at, String message) {
    errors.add(new SyntaxError(file, at.line(), at.column(), message));
    return new Bail();
  }

  private Bail expected(String what) {
    return fail(cur(), "expected " + what + " but found " + cur().describe());
  }

  private Token expect(Kind kind, String what) {
    if (!at(kind)) {
      throw expected(what);
    }
    return next();
  }

  private Token expectIdent(String what) {
    return expect(Kind.IDENT, what);
  }

  private void expectWord(String word) {
    if (!atWord(word)) {
      throw expected("'" + word + "'");
    }
    next();
  }

  private String expectStringLiteral(String what) {
    if (!at(Kind.STRING)) {
      throw expected(what + " (a string without interpolation)");
    }
    return next().text();
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      depth = 0;
      throw fail(cur(), "nested too deeply (more than " + MAX_DEPTH + " levels)");
    }
  }

  private void leave() {
    if (depth > 0) {
      depth--;
    }
  }

  // ---------------------------------------------------------------- declarations

  private List<Decl> parseFile() {
    List<Decl> declarations = new ArrayList<>();
    skipNewlines();
    while (!at(Kind.EOF)) {
      try {
        declarations.add(parseDeclaration());
        if (!at(Kind.NEWLINE) && !at(Kind.EOF)) {
          throw expected("end of line after the declaration");
        }
      } catch (Bail bail) {
        depth = 0;
        recover();
      }
      skipNewlines();
    }
    return declarations;
  }

  /**
   * Skips at least one token, then up to a line starting with a declaration keyword or decorator.
   */
  private void recover() {
    next();
    while (!at(Kind.EOF)) {
      Token t = cur();
      boolean lineStart = tokens.get(p - 1).kind() == Kind.NEWLINE && t.column() == 1;
      if (lineStart
          && (t.kind() == Kind.AT
              || (t.kind() == Kind.IDENT && DECLARATION_KEYWORDS.contains(t.text())))) {
        return;
      }
      next();
    }
  }

  private Decl parseDeclaration() {
    List<Decorator> decorators = parseDecorators();
    Token kw = cur();
    if (kw.kind() != Kind.IDENT || !DECLARATION_KEYWORDS.contains(kw.text())) {
      throw expected("a declaration (param, var, resource, module, output, ...)");
    }
    return switch (kw.text()) {
      case "targetScope" -> parseTargetScope(decorators);
      case "metadata" -> parseMetadata(decorators);
      case "param" -> parseParam(decorators);
      case "var" -> parseVar(decorators);
      case "resource" -> parseResource(decorators);
      case "module" -> parseModule(decorators);
      case "output" -> parseOutput(decorators);
      case "type" -> parseTypeDecl(decorators);
      case "func" -> parseFunc(decorators);
      case "import" -> parseImport(decorators);
      default -> parseExtension(decorators);
    };
  }

  private Decl.TargetScopeDecl parseTargetScope(List<Decorator> decorators) {
    Location loc = next().location();
    expect(Kind.ASSIGN, "'=' after targetScope");
    return new Decl.TargetScopeDecl(parseExpr(), decorators, loc);
  }

  private Decl.MetadataDecl parseMetadata(List<Decorator> decorators) {
    Location loc = next().location();
    String name = expectIdent("a metadata name").text();
    expect(Kind.ASSIGN, "'=' after metadata '" + name + "'");
    return new Decl.MetadataDecl(name, parseExpr(), decorators, loc);
  }

  private Decl.ParamDecl parseParam(List<Decorator> decorators) {
    Location loc = next().location();
    String name = expectIdent("a parameter name").text();
    TypeExpr type = parseType();
    Optional<Expr> value = Optional.empty();
    if (at(Kind.ASSIGN)) {
      next();
      value = Optional.of(parseExpr());
    }
    return new Decl.ParamDecl(name, type, value, decorators, loc);
  }

  private Decl.VarDecl parseVar(List<Decorator> decorators) {
    Location loc = next().location();
    String name = expectIdent("a variable name").text();
    Optional<TypeExpr> type = at(Kind.ASSIGN) ? Optional.empty() : Optional.of(parseType());
    expect(Kind.ASSIGN, "'=' after variable '" + name + "'");
    return new Decl.VarDecl(name, type, parseExpr(), decorators, loc);
  }

  private Decl.ModuleDecl parseModule(List<Decorator> decorators) {
    Location loc = next().location();
    String symbol = expectIdent("a module symbol name").text();
    String path = expectStringLiteral("a module path");
    expect(Kind.ASSIGN, "'=' after module '" + symbol + "'");
    return new Decl.ModuleDecl(
        symbol, path, parseDeclarationBody("module '" + symbol + "'"), decorators, loc);
  }

  private Decl.OutputDecl parseOutput(List<Decorator> decorators) {
    Location loc = next().location();
    String name = expectIdent("an output name").text();
    TypeExpr type = parseType();
    expect(Kind.ASSIGN, "'=' after output '" + name + "'");
    return new Decl.OutputDecl(name, type, parseExpr(), decorators, loc);
  }

  private Decl.TypeDecl parseTypeDecl(List<Decorator> decorators) {
    Location loc = next().location();
    String name = expectIdent("a type name").text();
    expect(Kind.ASSIGN, "'=' after type '" + name + "'");
    return new Decl.TypeDecl(name, parseType(), decorators, loc);
  }

  private List<Decorator> parseDecorators() {
    List<Decorator> decorators = new ArrayList<>();
    while (at(Kind.AT)) {
      Location loc = next().location();
      Token name = expectIdent("a decorator name after '@'");
      Optional<String> namespace = Optional.empty();
      if (at(Kind.DOT)) {
        next();
        namespace = Optional.of(name.text());
        name = expectIdent("a decorator name after '" + name.text() + ".'");
      }
      if (!at(Kind.LPAREN)) {
        throw expected("'(' after decorator '@" + name.text() + "'");
      }
      decorators.add(new Decorator(namespace, name.text(), parseArguments(), loc));
      skipNewlines();
    }
    return decorators;
  }

  private Decl.ResourceDecl parseResource(List<Decorator> decorators) {
    Location loc = next().location();
    String symbol = expectIdent("a resource symbol name").text();
    if (!at(Kind.STRING)) {
      throw expected("a resource type such as 'Microsoft.Storage/storageAccounts@2024-01-01'");
    }
    String typeText = next().text();
    boolean existing = false;
    if (atWord("existing")) {
      next();
      existing = true;
    }
    expect(Kind.ASSIGN, "'=' after resource '" + symbol + "'");
    Expr body = parseDeclarationBody("resource '" + symbol + "'");
    int at = typeText.lastIndexOf('@');
    String type = at < 0 ? typeText : typeText.substring(0, at);
    String apiVersion = at < 0 ? "" : typeText.substring(at + 1);
    return new Decl.ResourceDecl(symbol, type, apiVersion, existing, body, decorators, loc);
  }

  /** The body of a resource or module: an object, {@code if (...) {...}} or {@code [for ...]}. */
  private Expr parseDeclarationBody(String what) {
    if (at(Kind.NEWLINE) && tokens.get(firstAfterNewlines()).isWord("if")) {
      skipNewlines(); // '= \n  if (...) {' is valid Bicep
    }
    if (at(Kind.LBRACE)) {
      return parseObject();
    }
    if (atWord("if")) {
      return parseIf();
    }
    if (at(Kind.LBRACKET)) {
      Token open = cur();
      Expr body = parseArray();
      if (body instanceof Expr.ForExpr) {
        return body;
      }
      throw fail(open, "expected '[for ...]' as the body of " + what + " but found an array");
    }
    throw expected("'{', 'if (...)' or '[for ...]' as the body of " + what);
  }

  private Expr.IfExpr parseIf() {
    Location loc = next().location();
    expect(Kind.LPAREN, "'(' after 'if'");
    skipNewlines();
    Expr condition = parseExpr();
    skipNewlines();
    expect(Kind.RPAREN, "')' to close the condition");
    if (!at(Kind.LBRACE)) {
      throw expected("'{' after the if condition");
    }
    return new Expr.IfExpr(condition, parseObject(), loc);
  }

  private Decl.FuncDecl parseFunc(List<Decorator> decorators) {
    Location loc = next().location();
    String name = expectIdent("a function name").text();
    expect(Kind.LPAREN, "'(' after function '" + name + "'");
    List<Decl.FuncParam> params = new ArrayList<>();
    skipNewlines();
    while (!at(Kind.RPAREN)) {
      Token paramName = expectIdent("a parameter name or ')'");
      params.add(new Decl.FuncParam(paramName.text(), parseType(), paramName.location()));
      skipNewlines();
      if (at(Kind.COMMA)) {
        next();
        skipNewlines();
      } else if (!at(Kind.RPAREN)) {
        throw expected("',' or ')' in the parameters of function '" + name + "'");
      }
    }
    next();
    TypeExpr returnType = parseType();
    expect(Kind.ARROW, "'=>' after the return type of function '" + name + "'");
    return new Decl.FuncDecl(name, params, returnType, parseExpr(), decorators, loc);
  }

  private Decl.ImportDecl parseImport(List<Decorator> decorators) {
    Location loc = next().location();
    List<Decl.ImportItem> items = new ArrayList<>();
    Optional<String> alias = Optional.empty();
    String source;
    if (at(Kind.LBRACE)) {
      next();
      while (true) {
        skipNewlines();
        if (at(Kind.RBRACE)) {
          next();
          break;
        }
        Token name = expectIdent("an imported symbol name or '}'");
        Optional<String> as = Optional.empty();
        if (atWord("as")) {
          next();
          as = Optional.of(expectIdent("an alias after 'as'").text());
        }
        items.add(new Decl.ImportItem(name.text(), as, name.location()));
        skipNewlines();
        if (at(Kind.COMMA)) {
          next();
        } else if (!at(Kind.RBRACE)) {
          throw expected("',' or '}' in the import list");
        }
      }
      expectWord("from");
      source = expectStringLiteral("the path to import from");
    } else if (at(Kind.STAR)) {
      next();
      expectWord("as");
      alias = Optional.of(expectIdent("a namespace name after 'as'").text());
      expectWord("from");
      source = expectStringLiteral("the path to import from");
    } else if (at(Kind.STRING)) {
      source = next().text();
      if (atWord("with")) {
        next();
        if (!at(Kind.LBRACE)) {
          throw expected("'{' after 'with'");
        }
        parseObject();
      }
      if (atWord("as")) {
        next();
        alias = Optional.of(expectIdent("an alias after 'as'").text());
      }
    } else {
      throw expected("'{', '*' or a string after 'import'");
    }
    return new Decl.ImportDecl(items, alias, source, decorators, loc);
  }

  private Decl.ExtensionDecl parseExtension(List<Decorator> decorators) {
    Location loc = next().location();
    String name;
    if (at(Kind.IDENT) || at(Kind.STRING)) {
      name = next().text();
    } else {
      throw expected("an extension name");
    }
    Optional<Expr> config = Optional.empty();
    if (atWord("with")) {
      next();
      if (!at(Kind.LBRACE)) {
        throw expected("'{' after 'with'");
      }
      config = Optional.of(parseObject());
    }
    Optional<String> alias = Optional.empty();
    if (atWord("as")) {
      next();
      alias = Optional.of(expectIdent("an alias after 'as'").text());
    }
    return new Decl.ExtensionDecl(name, config, alias, decorators, loc);
  }

  // ---------------------------------------------------------------- types

  private TypeExpr parseType() {
    enter();
    try {
      // a union may start with '|' and continue on following lines that start with '|'
      boolean leading = false;
      if (at(Kind.NEWLINE) && nextNonNewlineIs(Kind.PIPE)) {
        skipNewlines();
      }
      if (at(Kind.PIPE)) {
        next();
        skipNewlines();
        leading = true;
      }
      TypeExpr first = parsePostfixType();
      if (!leading && !unionContinues()) {
        return first;
      }
      List<TypeExpr> members = new ArrayList<>(List.of(first));
      while (unionContinues()) {
        skipNewlines();
        next();
        skipNewlines();
        members.add(parsePostfixType());
      }
      return new TypeExpr.UnionType(members, first.location());
    } finally {
      leave();
    }
  }

  private boolean unionContinues() {
    return at(Kind.PIPE) || at(Kind.NEWLINE) && nextNonNewlineIs(Kind.PIPE);
  }

  private TypeExpr parsePostfixType() {
    TypeExpr type = parsePrimaryType();
    while (true) {
      if (at(Kind.LBRACKET) && peek(1).is(Kind.RBRACKET)) {
        next();
        next();
        type = new TypeExpr.ArrayType(type, type.location());
      } else if (at(Kind.QUESTION)) {
        next();
        type = new TypeExpr.NullableType(type, type.location());
      } else if (at(Kind.DOT)) {
        next();
        type =
            new TypeExpr.TypeMember(type, expectIdent("a name after '.'").text(), type.location());
      } else {
        return type;
      }
    }
  }

  private TypeExpr parsePrimaryType() {
    Token t = cur();
    Location loc = t.location();
    return switch (t.kind()) {
      case IDENT -> {
        next();
        yield parseNamedType(t, loc);
      }
      case STRING, MULTILINE_STRING -> new TypeExpr.LiteralType(parseString(), loc);
      case STRING_LEFT -> throw fail(t, "a string literal type cannot be interpolated");
      case INT -> new TypeExpr.LiteralType(parseInt(next()), loc);
      case MINUS -> {
        next();
        Token digits = expect(Kind.INT, "an integer after '-'");
        yield new TypeExpr.LiteralType(new Expr.Unary("-", parseInt(digits), loc), loc);
      }
      case LPAREN -> parenthesized(this::parseType);
      case LBRACE -> parseObjectType();
      case LBRACKET -> parseTupleType();
      default -> throw expected("a type");
    };
  }

  /** A literal {@code true}, {@code false} or {@code null}, a type name, or a generic type. */
  private TypeExpr parseNamedType(Token t, Location loc) {
    switch (t.text()) {
      case "true", "false" -> {
        return new TypeExpr.LiteralType(new Expr.BoolLit(t.text().equals("true"), loc), loc);
      }
      case "null" -> {
        return new TypeExpr.LiteralType(new Expr.NullLit(loc), loc);
      }
      default -> {}
    }
    if (!at(Kind.LT)) {
      return new TypeExpr.TypeName(t.text(), loc);
    }
    next();
    List<TypeExpr> args = new ArrayList<>();
    while (true) {
      args.add(parseType());
      if (at(Kind.COMMA)) {
        next();
      } else {
        expect(Kind.GT, "',' or '>' in the type arguments of '" + t.text() + "'");
        return new TypeExpr.GenericType(t.text(), args, loc);
      }
    }
  }

  private TypeExpr parseObjectType() {
    Token open = next();
    return new TypeExpr.ObjectType(
        items(open, Kind.RBRACE, "object type", "property", this::parseTypeProperty),
        open.location());
  }

  private TypeExpr.TypeProperty parseTypeProperty() {
    List<Decorator> decorators = parseDecorators();
    Token key = cur();
    String name;
    if (at(Kind.IDENT) || at(Kind.STRING) || at(Kind.STAR)) {
      name = next().text();
    } else {
      throw expected("a property name");
    }
    expect(Kind.COLON, "':' after property '" + name + "'");
    return new TypeExpr.TypeProperty(name, parseType(), decorators, key.location());
  }

  private TypeExpr parseTupleType() {
    Token open = next();
    return new TypeExpr.TupleType(
        items(
            open,
            Kind.RBRACKET,
            "tuple type",
            "tuple item",
            () -> {
              parseDecorators();
              return parseType();
            }),
        open.location());
  }

  /**
   * The items of a list in braces or brackets whose opening token {@code open} is read: each read
   * by {@code item}, separated by commas or line breaks, up to {@code close}. {@code what} names
   * the list and {@code itemWhat} its items in the errors.
   */
  private <T> List<T> items(
      Token open, Kind close, String what, String itemWhat, Supplier<T> item) {
    String closer = close == Kind.RBRACE ? "'}'" : "']'";
    List<T> items = new ArrayList<>();
    while (true) {
      skipNewlines();
      if (at(close)) {
        next();
        return items;
      }
      if (at(Kind.EOF)) {
        throw expected(closer + " to close the " + what + " opened at " + open.location());
      }
      items.add(item.get());
      if (at(Kind.COMMA)) {
        next();
      } else if (!at(Kind.NEWLINE) && !at(close)) {
        throw expected("',', end of line or " + closer + " after the " + itemWhat);
      }
    }
  }

  // ---------------------------------------------------------------- expressions

  private Expr parseExpr() {
    enter();
    try {
      if (lambdaAhead()) {
        return parseLambda();
      }
      Expr condition = parseBinary(0);
      if (!nextNonNewlineIs(Kind.QUESTION)) {
        return condition;
      }
      skipNewlines();
      next();
      skipNewlines();
      Expr whenTrue = parseExpr();
      skipNewlines();
      expect(Kind.COLON, "':' of the conditional expression");
      skipNewlines();
      Expr whenFalse = parseExpr();
      return new Expr.Ternary(condition, whenTrue, whenFalse, condition.location());
    } finally {
      leave();
    }
  }

  /** {@code x =>}, {@code () =>} or {@code (a, b) =>}. */
  private boolean lambdaAhead() {
    if (at(Kind.IDENT)) {
      return peek(1).is(Kind.ARROW);
    }
    if (!at(Kind.LPAREN)) {
      return false;
    }
    int i = 1;
    if (peek(i).is(Kind.RPAREN)) {
      return peek(i + 1).is(Kind.ARROW);
    }
    while (peek(i).is(Kind.IDENT)) {
      if (peek(i + 1).is(Kind.RPAREN)) {
        return peek(i + 2).is(Kind.ARROW);
      }
      if (!peek(i + 1).is(Kind.COMMA)) {
        return false;
      }
      i += 2;
    }
    return false;
  }

  private Expr parseLambda() {
    Location loc = cur().location();
    List<String> params = new ArrayList<>();
    if (at(Kind.IDENT)) {
      params.add(next().text());
    } else {
      next();
      while (!at(Kind.RPAREN)) {
        params.add(next().text());
        if (at(Kind.COMMA)) {
          next();
        }
      }
      next();
    }
    next(); // =>
    skipNewlines();
    return new Expr.Lambda(params, parseExpr(), loc);
  }

  private Expr parseBinary(int level) {
    if (level == BINARY_LEVELS.size()) {
      return parseUnary();
    }
    Expr left = parseBinary(level + 1);
    while (BINARY_LEVELS.get(level).contains(cur().kind())) {
      String op = next().text();
      skipNewlines();
      Expr right = parseBinary(level + 1);
      left = new Expr.Binary(op, left, right, left.location());
    }
    return left;
  }

  private Expr parseUnary() {
    if (at(Kind.BANG) || at(Kind.MINUS)) {
      Token op = next();
      enter();
      try {
        return new Expr.Unary(op.text(), parseUnary(), op.location());
      } finally {
        leave();
      }
    }
    return parsePostfix();
  }

  private Expr parsePostfix() {
    Expr e = parsePrimary();
    while (true) {
      if (at(Kind.DOT)) {
        next();
        String name = expectIdent("a property name after '.'").text();
        if (at(Kind.LPAREN)) {
          List<Expr> args = parseArguments();
          if (e instanceof Expr.Ident ns && (ns.name().equals("sys") || ns.name().equals("az"))) {
            e = new Expr.Call(Optional.of(ns.name()), name, args, e.location());
          } else {
            e = new Expr.MethodCall(e, name, args, e.location());
          }
        } else {
          e = new Expr.Member(e, name, false, e.location());
        }
      } else if (at(Kind.BANG)) {
        next(); // the postfix non-null assertion 'x!': no effect on the value
      } else if (at(Kind.SAFE_DOT)) {
        next();
        e =
            new Expr.Member(
                e, expectIdent("a property name after '.?'").text(), true, e.location());
      } else if (at(Kind.DOUBLE_COLON)) {
        next();
        e =
            new Expr.ResourceAccess(
                e, expectIdent("a resource name after '::'").text(), e.location());
      } else if (at(Kind.LBRACKET)) {
        next();
        boolean safe = false;
        if (at(Kind.QUESTION)) {
          next();
          safe = true;
        }
        skipNewlines();
        Expr index = parseExpr();
        skipNewlines();
        expect(Kind.RBRACKET, "']' to close the index");
        e = new Expr.Index(e, index, safe, e.location());
      } else {
        return e;
      }
    }
  }

  private Expr parsePrimary() {
    Token t = cur();
    Location loc = t.location();
    return switch (t.kind()) {
      case INT -> parseInt(next());
      case STRING, STRING_LEFT, MULTILINE_STRING -> parseString();
      case IDENT -> {
        next();
        yield parseWord(t, loc);
      }
      case LPAREN -> parenthesized(this::parseExpr);
      case LBRACE -> parseObject();
      case LBRACKET -> parseArray();
      default -> throw expected("an expression");
    };
  }

  /** A literal {@code true}, {@code false} or {@code null}, a function call, or a name. */
  private Expr parseWord(Token t, Location loc) {
    return switch (t.text()) {
      case "true" -> new Expr.BoolLit(true, loc);
      case "false" -> new Expr.BoolLit(false, loc);
      case "null" -> new Expr.NullLit(loc);
      default ->
          at(Kind.LPAREN)
              ? new Expr.Call(Optional.empty(), t.text(), parseArguments(), loc)
              : new Expr.Ident(t.text(), loc);
    };
  }

  /** {@code ( inner )}, with line breaks allowed inside the parentheses. */
  private <T> T parenthesized(Supplier<T> inner) {
    next();
    skipNewlines();
    T t = inner.get();
    skipNewlines();
    expect(Kind.RPAREN, "')'");
    return t;
  }

  private Expr.IntLit parseInt(Token digits) {
    try {
      return new Expr.IntLit(Long.parseLong(digits.text()), digits.location());
    } catch (NumberFormatException e) {
      throw fail(digits, "integer literal " + digits.text() + " is too large");
    }
  }

  /** {@code (a, b)} with line breaks allowed anywhere; the current token is the {@code (}. */
  private List<Expr> parseArguments() {
    next();
    List<Expr> args = new ArrayList<>();
    skipNewlines();
    if (at(Kind.RPAREN)) {
      next();
      return args;
    }
    while (true) {
      args.add(parseExpr());
      skipNewlines();
      if (at(Kind.COMMA)) {
        next();
        skipNewlines();
      } else {
        expect(Kind.RPAREN, "',' or ')' in the argument list");
        return args;
      }
    }
  }

  private Expr.StringLit parseString() {
    Token first = next();
    List<StringPart> parts = new ArrayList<>();
    addText(parts, first.text());
    if (first.is(Kind.STRING) || first.is(Kind.MULTILINE_STRING)) {
      return new Expr.StringLit(parts, first.is(Kind.MULTILINE_STRING), first.location());
    }
    enter();
    try {
      while (true) {
        if (at(Kind.STRING_MIDDLE) || at(Kind.STRING_RIGHT)) {
          throw fail(cur(), "expected an expression inside '${}'");
        }
        parts.add(new Expr.Interpolation(parseExpr()));
        Token piece = cur();
        if (piece.is(Kind.STRING_MIDDLE)) {
          next();
          addText(parts, piece.text());
        } else if (piece.is(Kind.STRING_RIGHT)) {
          next();
          addText(parts, piece.text());
          return new Expr.StringLit(parts, false, first.location());
        } else {
          throw expected("'}' to close the string interpolation");
        }
      }
    } finally {
      leave();
    }
  }

  private static void addText(List<StringPart> parts, String text) {
    if (!text.isEmpty()) {
      parts.add(new Expr.Text(text));
    }
  }

  private Expr.ObjectExpr parseObject() {
    Token open = next();
    enter();
    try {
      return new Expr.ObjectExpr(
          items(open, Kind.RBRACE, "object", "property", this::parseObjectMember), open.location());
    } finally {
      leave();
    }
  }

  private Expr.ObjectMember parseObjectMember() {
    if (at(Kind.ELLIPSIS)) {
      Location loc = next().location();
      return new Expr.Spread(parseExpr(), loc);
    }
    if (at(Kind.AT) || (atWord("resource") && peek(1).is(Kind.IDENT))) {
      List<Decorator> decorators = parseDecorators();
      if (!(atWord("resource") && peek(1).is(Kind.IDENT))) {
        throw expected("a nested resource after the decorators");
      }
      return parseResource(decorators);
    }
    Token keyToken = cur();
    Expr key;
    if (at(Kind.IDENT)) {
      key = new Expr.Ident(next().text(), keyToken.location());
    } else if (at(Kind.STRING) || at(Kind.STRING_LEFT) || at(Kind.MULTILINE_STRING)) {
      key = parseString();
    } else {
      throw expected("a property name");
    }
    expect(Kind.COLON, "':' after the property name");
    return new Expr.Property(key, parseExpr(), keyToken.location());
  }

  private Expr parseArray() {
    Token open = next();
    enter();
    try {
      skipNewlines();
      if (atWord("for")) {
        return parseFor(open);
      }
      return new Expr.ArrayExpr(
          items(open, Kind.RBRACKET, "array", "array item", this::parseArrayItem), open.location());
    } finally {
      leave();
    }
  }

  private Expr parseArrayItem() {
    if (at(Kind.ELLIPSIS)) {
      Location loc = next().location();
      return new Expr.Spread(parseExpr(), loc);
    }
    return parseExpr();
  }

  private Expr parseFor(Token open) {
    next();
    String item;
    Optional<String> index = Optional.empty();
    if (at(Kind.LPAREN)) {
      next();
      item = expectIdent("a loop variable").text();
      expect(Kind.COMMA, "',' after the loop variable");
      index = Optional.of(expectIdent("an index variable").text());
      expect(Kind.RPAREN, "')' after the index variable");
    } else {
      item = expectIdent("a loop variable").text();
    }
    expectWord("in");
    Expr source = parseExpr();
    expect(Kind.COLON, "':' after the loop source");
    skipNewlines();
    Optional<Expr> condition = Optional.empty();
    Expr body;
    if (atWord("if")) {
      Expr.IfExpr filtered = parseIf();
      condition = Optional.of(filtered.condition());
      body = filtered.body();
    } else {
      body = parseExpr();
    }
    skipNewlines();
    expect(Kind.RBRACKET, "']' to close the for-expression opened at " + open.location());
    return new Expr.ForExpr(item, index, source, condition, body, open.location());
  }
}
