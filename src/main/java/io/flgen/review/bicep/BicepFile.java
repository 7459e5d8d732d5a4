package io.flgen.review.bicep;

import java.util.List;
import java.util.Optional;

/**
 * A parsed Bicep file: its top-level declarations in source order.
 *
 * @param name the file name given to the parser (used in messages only)
 * @param declarations top-level declarations in source order
 */
public record BicepFile(String name, List<Decl> declarations) {

  public BicepFile {
    declarations = List.copyOf(declarations);
  }

  /** The declarations of one kind, e.g. {@code file.all(Decl.ResourceDecl.class)}. */
  public <T extends Decl> List<T> all(Class<T> kind) {
    return declarations.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The {@code param}s in source order. */
  public List<Decl.ParamDecl> params() {
    return all(Decl.ParamDecl.class);
  }

  /**
   * The top-level {@code resource}s in source order (nested child resources are in their parents'
   * bodies).
   */
  public List<Decl.ResourceDecl> resources() {
    return all(Decl.ResourceDecl.class);
  }

  /** The {@code module}s in source order. */
  public List<Decl.ModuleDecl> modules() {
    return all(Decl.ModuleDecl.class);
  }

  /** The {@code output}s in source order. */
  public List<Decl.OutputDecl> outputs() {
    return all(Decl.OutputDecl.class);
  }

  /** The value of {@code targetScope}, if declared. */
  public Optional<Expr> targetScope() {
    return all(Decl.TargetScopeDecl.class).stream().findFirst().map(Decl.TargetScopeDecl::value);
  }
}
