package io.flgen.review.bicep;

import java.util.List;
import java.util.Optional;

/**
 * A Bicep declaration. {@link #location()} is that of its keyword (after any decorators); {@link
 * #decorators()} are the {@code @...} lines above it in source order.
 */
public sealed interface Decl
    permits Decl.TargetScopeDecl,
        Decl.MetadataDecl,
        Decl.ParamDecl,
        Decl.VarDecl,
        Decl.ResourceDecl,
        Decl.ModuleDecl,
        Decl.OutputDecl,
        Decl.TypeDecl,
        Decl.FuncDecl,
        Decl.ImportDecl,
        Decl.ExtensionDecl {

  /** Decorators in source order. */
  List<Decorator> decorators();

  /** Where the declaration keyword starts. */
  Location location();

  /**
   * A decorator {@code @name(args)} or {@code @sys.name(args)}.
   *
   * @param namespace e.g. {@code sys} for {@code @sys.description('x')}
   */
  record Decorator(Optional<String> namespace, String name, List<Expr> args, Location location) {
    public Decorator {
      args = List.copyOf(args);
    }
  }

  /** Finds the first decorator with this name (any namespace). */
  default Optional<Decorator> decorator(String name) {
    return decorators().stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** {@code targetScope = value}. */
  record TargetScopeDecl(Expr value, List<Decorator> decorators, Location location)
      implements Decl {
    public TargetScopeDecl {
      decorators = List.copyOf(decorators);
    }
  }

  /** {@code metadata name = value}. */
  record MetadataDecl(String name, Expr value, List<Decorator> decorators, Location location)
      implements Decl {
    public MetadataDecl {
      decorators = List.copyOf(decorators);
    }
  }

  /** {@code param name type [= defaultValue]}. */
  record ParamDecl(
      String name,
      TypeExpr type,
      Optional<Expr> defaultValue,
      List<Decorator> decorators,
      Location location)
      implements Decl {
    public ParamDecl {
      decorators = List.copyOf(decorators);
    }
  }

  /** {@code var name [type] = value}. */
  record VarDecl(
      String name,
      Optional<TypeExpr> type,
      Expr value,
      List<Decorator> decorators,
      Location location)
      implements Decl {
    public VarDecl {
      decorators = List.copyOf(decorators);
    }
  }

  /**
   * {@code resource symbol 'type@apiVersion' [existing] = body}, top-level or nested in a parent
   * resource's body.
   *
   * @param type the resource type, e.g. {@code Microsoft.Storage/storageAccounts} (or a nested
   *     child's relative type such as {@code blobServices})
   * @param apiVersion the text after the last {@code @}; empty when there is none
   * @param body an {@link Expr.ObjectExpr}, an {@link Expr.IfExpr} or an {@link Expr.ForExpr}
   */
  record ResourceDecl(
      String symbol,
      String type,
      String apiVersion,
      boolean existing,
      Expr body,
      List<Decorator> decorators,
      Location location)
      implements Decl, Expr.ObjectMember {
    public ResourceDecl {
      decorators = List.copyOf(decorators);
    }
  }

  /**
   * {@code module symbol 'path' = body}.
   *
   * @param body an {@link Expr.ObjectExpr}, an {@link Expr.IfExpr} or an {@link Expr.ForExpr}
   */
  record ModuleDecl(
      String symbol, String path, Expr body, List<Decorator> decorators, Location location)
      implements Decl {
    public ModuleDecl {
      decorators = List.copyOf(decorators);
    }
  }

  /** {@code output name type = value}. */
  record OutputDecl(
      String name, TypeExpr type, Expr value, List<Decorator> decorators, Location location)
      implements Decl {
    public OutputDecl {
      decorators = List.copyOf(decorators);
    }
  }

  /** A user-defined type {@code type name = type}. */
  record TypeDecl(String name, TypeExpr type, List<Decorator> decorators, Location location)
      implements Decl {
    public TypeDecl {
      decorators = List.copyOf(decorators);
    }
  }

  /** A parameter of a {@link FuncDecl}. */
  record FuncParam(String name, TypeExpr type, Location location) {}

  /** A user-defined function {@code func name(params) returnType => body}. */
  record FuncDecl(
      String name,
      List<FuncParam> params,
      TypeExpr returnType,
      Expr body,
      List<Decorator> decorators,
      Location location)
      implements Decl {
    public FuncDecl {
      params = List.copyOf(params);
      decorators = List.copyOf(decorators);
    }
  }

  /** One imported symbol {@code name [as alias]}. */
  record ImportItem(String name, Optional<String> alias, Location location) {}

  /**
   * {@code import {a, b as c} from 'path'}, {@code import * as ns from 'path'} or the older {@code
   * import 'provider@version' [as alias]}.
   *
   * @param items the symbols of the {@code {...}} form (else empty)
   * @param wildcardAlias {@code ns} of the {@code * as ns} form, or the alias of the older form
   * @param source the {@code from} path, or the older form's provider string
   */
  record ImportDecl(
      List<ImportItem> items,
      Optional<String> wildcardAlias,
      String source,
      List<Decorator> decorators,
      Location location)
      implements Decl {
    public ImportDecl {
      items = List.copyOf(items);
      decorators = List.copyOf(decorators);
    }
  }

  /**
   * {@code extension name [with {...}] [as alias]} (read, although tree-sitter-bicep 1.1.0 rejects
   * it).
   *
   * @param name the identifier or string after {@code extension}
   * @param config the {@code with} object
   */
  record ExtensionDecl(
      String name,
      Optional<Expr> config,
      Optional<String> alias,
      List<Decorator> decorators,
      Location location)
      implements Decl {
    public ExtensionDecl {
      decorators = List.copyOf(decorators);
    }
  }
}
