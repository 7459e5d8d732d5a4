package io.flgen.review.bicep;

import java.util.List;

/**
 * A type annotation of a {@code param}, {@code output}, typed {@code var}, {@code type} or {@code
 * func}.
 */
public sealed interface TypeExpr
    permits TypeExpr.TypeName,
        TypeExpr.ArrayType,
        TypeExpr.NullableType,
        TypeExpr.UnionType,
        TypeExpr.LiteralType,
        TypeExpr.ObjectType,
        TypeExpr.TupleType,
        TypeExpr.GenericType,
        TypeExpr.TypeMember {

  /** Where the type starts. */
  Location location();

  /** A named type: {@code string}, {@code int}, {@code object}, a user type, or {@code ns.name}. */
  record TypeName(String name, Location location) implements TypeExpr {}

  /** {@code element[]}. */
  record ArrayType(TypeExpr element, Location location) implements TypeExpr {}

  /** {@code inner?}. */
  record NullableType(TypeExpr inner, Location location) implements TypeExpr {}

  /** {@code 'a' | 'b'}. */
  record UnionType(List<TypeExpr> members, Location location) implements TypeExpr {
    public UnionType {
      members = List.copyOf(members);
    }
  }

  /**
   * A literal type: a non-interpolated string, an integer (possibly negative), {@code true}/{@code
   * false}/{@code null}.
   */
  record LiteralType(Expr value, Location location) implements TypeExpr {}

  /**
   * A property of an {@link ObjectType}.
   *
   * @param name {@code *} for the additional-properties form {@code *: type}
   */
  record TypeProperty(
      String name, TypeExpr type, List<Decl.Decorator> decorators, Location location) {
    public TypeProperty {
      decorators = List.copyOf(decorators);
    }
  }

  /** {@code { name: type, ... }}. */
  record ObjectType(List<TypeProperty> properties, Location location) implements TypeExpr {
    public ObjectType {
      properties = List.copyOf(properties);
    }
  }

  /** {@code [string, int]}. */
  record TupleType(List<TypeExpr> items, Location location) implements TypeExpr {
    public TupleType {
      items = List.copyOf(items);
    }
  }

  /**
   * {@code name<args>}, e.g. {@code resourceInput<'Microsoft.Storage/storageAccounts@2024-01-01'>}.
   */
  record GenericType(String name, List<TypeExpr> args, Location location) implements TypeExpr {
    public GenericType {
      args = List.copyOf(args);
    }
  }

  /** Member access on a type, {@code resourceInput<'...'>.properties}. */
  record TypeMember(TypeExpr target, String name, Location location) implements TypeExpr {}
}
