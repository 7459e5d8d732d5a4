package io.flgen.review.bicep;

import java.util.List;
import java.util.Optional;

/**
 * A Bicep expression. Every node carries the {@link Location} of its first character.
 *
 * <p>Parentheses are not kept as nodes: {@code (a + b)} is the {@link Binary} itself.
 */
public sealed interface Expr
    permits Expr.StringLit,
        Expr.IntLit,
        Expr.BoolLit,
        Expr.NullLit,
        Expr.ObjectExpr,
        Expr.ArrayExpr,
        Expr.Ident,
        Expr.Member,
        Expr.Index,
        Expr.ResourceAccess,
        Expr.Call,
        Expr.MethodCall,
        Expr.Ternary,
        Expr.Binary,
        Expr.Unary,
        Expr.ForExpr,
        Expr.IfExpr,
        Expr.Lambda,
        Expr.Spread {

  /** Where the expression starts. */
  Location location();

  /** A piece of a {@link StringLit}: literal text or an interpolated expression. */
  sealed interface StringPart permits Text, Interpolation {}

  /** Literal text of a string with escapes already decoded ({@code \n} is a line feed). */
  record Text(String value) implements StringPart {}

  /** A {@code ${expr}} hole of an interpolated string. */
  record Interpolation(Expr expr) implements StringPart {}

  /**
   * A string literal. {@code 'a${b}c'} has parts {@code [Text(a), Interpolation(b), Text(c)]};
   * empty text pieces are left out, so {@code ''} has no parts.
   *
   * @param parts text and interpolation pieces in order
   * @param multiline whether it is a {@code '''...'''} string (never interpolated, no escapes)
   */
  record StringLit(List<StringPart> parts, boolean multiline, Location location) implements Expr {
    public StringLit {
      parts = List.copyOf(parts);
    }

    /** Whether the string has no {@code ${...}} holes. */
    public boolean isLiteral() {
      return parts.stream().allMatch(p -> p instanceof Text);
    }

    /** The string's value when it has no interpolation. */
    public Optional<String> literalValue() {
      if (!isLiteral()) {
        return Optional.empty();
      }
      StringBuilder sb = new StringBuilder();
      parts.forEach(p -> sb.append(((Text) p).value()));
      return Optional.of(sb.toString());
    }
  }

  /** A non-negative integer literal ({@code -1} is a {@link Unary} minus). */
  record IntLit(long value, Location location) implements Expr {}

  /** {@code true} or {@code false}. */
  record BoolLit(boolean value, Location location) implements Expr {}

  /** {@code null}. */
  record NullLit(Location location) implements Expr {}

  /**
   * A member of an object literal: a {@link Property}, a {@link Spread} or a nested child {@link
   * Decl.ResourceDecl}.
   */
  sealed interface ObjectMember permits Property, Spread, Decl.ResourceDecl {
    Location location();
  }

  /**
   * A {@code key: value} property of an object.
   *
   * @param key an {@link Ident} for {@code name: ...}, or a {@link StringLit} for {@code 'name':
   *     ...} (possibly interpolated, {@code '${x}': ...})
   */
  record Property(Expr key, Expr value, Location location) implements ObjectMember {
    /** The key as text, unless it is an interpolated string. */
    public Optional<String> name() {
      if (key instanceof Ident id) {
        return Optional.of(id.name());
      }
      return key instanceof StringLit s ? s.literalValue() : Optional.empty();
    }
  }

  /**
   * An object literal {@code { ... }}.
   *
   * @param members properties, spreads and nested child resources in source order
   */
  record ObjectExpr(List<ObjectMember> members, Location location) implements Expr {
    public ObjectExpr {
      members = List.copyOf(members);
    }

    /** The {@code key: value} properties in source order. */
    public List<Property> properties() {
      return members.stream().filter(Property.class::isInstance).map(Property.class::cast).toList();
    }

    /** Nested child resources declared inside this object (resource bodies only). */
    public List<Decl.ResourceDecl> resources() {
      return members.stream()
          .filter(Decl.ResourceDecl.class::isInstance)
          .map(Decl.ResourceDecl.class::cast)
          .toList();
    }

    /** The value of the last property with this (non-interpolated) key; keys compare exactly. */
    public Optional<Expr> get(String key) {
      Expr found = null;
      for (Property p : properties()) {
        if (p.name().filter(key::equals).isPresent()) {
          found = p.value();
        }
      }
      return Optional.ofNullable(found);
    }
  }

  /** An array literal {@code [a, b]} or one item per line; items may be {@link Spread}s. */
  record ArrayExpr(List<Expr> items, Location location) implements Expr {
    public ArrayExpr {
      items = List.copyOf(items);
    }
  }

  /** A bare identifier: a symbol, a loop variable, a lambda parameter. */
  record Ident(String name, Location location) implements Expr {}

  /**
   * Property access {@code target.name} or safe access {@code target.?name}.
   *
   * @param safe whether the {@code .?} operator was used
   */
  record Member(Expr target, String name, boolean safe, Location location) implements Expr {}

  /**
   * Index access {@code target[index]} or safe index {@code target[?index]}.
   *
   * @param safe whether the {@code [?...]} form was used
   */
  record Index(Expr target, Expr index, boolean safe, Location location) implements Expr {}

  /** Child-resource accessor {@code parent::child}. */
  record ResourceAccess(Expr target, String name, Location location) implements Expr {}

  /**
   * A function call {@code name(args)} or namespaced {@code sys.name(args)} / {@code
   * az.name(args)}. Calls on any other expression ({@code account.listKeys()}) are {@link
   * MethodCall}s.
   *
   * @param namespace {@code sys} or {@code az} when written, else empty
   */
  record Call(Optional<String> namespace, String name, List<Expr> args, Location location)
      implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  /**
   * A call on an expression, {@code target.name(args)}, e.g. {@code account.listKeys()} or a
   * function of an imported namespace ({@code types.fn()}); the reader cannot tell them apart.
   */
  record MethodCall(Expr target, String name, List<Expr> args, Location location) implements Expr {
    public MethodCall {
      args = List.copyOf(args);
    }
  }

  /** {@code condition ? whenTrue : whenFalse}. */
  record Ternary(Expr condition, Expr whenTrue, Expr whenFalse, Location location)
      implements Expr {}

  /**
   * A binary operation. {@code location} is that of the left operand.
   *
   * @param op one of {@code ?? || && == != =~ !~ < <= > >= + - * / %}
   */
  record Binary(String op, Expr left, Expr right, Location location) implements Expr {}

  /**
   * A unary operation.
   *
   * @param op {@code !} or {@code -}
   */
  record Unary(String op, Expr operand, Location location) implements Expr {}

  /**
   * A loop {@code [for item in source: body]}, {@code [for (item, i) in source: body]} or {@code
   * [for ... : if (condition) body]}.
   *
   * @param indexVar the index variable when the {@code (item, index)} form is used
   * @param condition the filter of the {@code if (...)} form
   */
  record ForExpr(
      String itemVar,
      Optional<String> indexVar,
      Expr source,
      Optional<Expr> condition,
      Expr body,
      Location location)
      implements Expr {}

  /** A conditional resource or module body {@code if (condition) { ... }}. */
  record IfExpr(Expr condition, Expr body, Location location) implements Expr {}

  /** A lambda {@code x => body} or {@code (a, b) => body}. */
  record Lambda(List<String> params, Expr body, Location location) implements Expr {
    public Lambda {
      params = List.copyOf(params);
    }
  }

  /** The spread operator {@code ...expr} inside an object or array. */
  record Spread(Expr expr, Location location) implements Expr, ObjectMember {}
}
