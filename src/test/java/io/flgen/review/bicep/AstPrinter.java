package io.flgen.review.bicep;

import io.flgen.review.bicep.Decl.Decorator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints syntax trees as compact S-expressions (without locations) for shape assertions in tests.
 */
final class AstPrinter {

  private AstPrinter() {}

  static String file(BicepFile file) {
    return file.declarations().stream().map(AstPrinter::decl).collect(Collectors.joining("\n"));
  }

  static String decl(Decl d) {
    String decorators =
        d.decorators().stream()
            .map(AstPrinter::decorator)
            .map(s -> " " + s)
            .collect(Collectors.joining());
    String body;
    if (d instanceof Decl.TargetScopeDecl t) {
      body = "(targetScope " + expr(t.value());
    } else if (d instanceof Decl.MetadataDecl m) {
      body = "(metadata " + m.name() + " " + expr(m.value());
    } else if (d instanceof Decl.ParamDecl p) {
      body =
          "(param "
              + p.name()
              + " "
              + type(p.type())
              + p.defaultValue().map(v -> " = " + expr(v)).orElse("");
    } else if (d instanceof Decl.VarDecl v) {
      body =
          "(var "
              + v.name()
              + v.type().map(t -> " " + type(t)).orElse("")
              + " = "
              + expr(v.value());
    } else if (d instanceof Decl.ResourceDecl r) {
      body =
          "(resource "
              + r.symbol()
              + " "
              + r.type()
              + "@"
              + r.apiVersion()
              + (r.existing() ? " existing" : "")
              + " "
              + expr(r.body());
    } else if (d instanceof Decl.ModuleDecl m) {
      body = "(module " + m.symbol() + " " + m.path() + " " + expr(m.body());
    } else if (d instanceof Decl.OutputDecl o) {
      body = "(output " + o.name() + " " + type(o.type()) + " = " + expr(o.value());
    } else if (d instanceof Decl.TypeDecl t) {
      body = "(type " + t.name() + " " + type(t.type());
    } else if (d instanceof Decl.FuncDecl f) {
      body =
          "(func "
              + f.name()
              + " ("
              + f.params().stream()
                  .map(p -> p.name() + " " + type(p.type()))
                  .collect(Collectors.joining(", "))
              + ") "
              + type(f.returnType())
              + " => "
              + expr(f.body());
    } else if (d instanceof Decl.ImportDecl i) {
      body =
          "(import "
              + i.items().stream()
                  .map(it -> it.name() + it.alias().map(a -> " as " + a).orElse(""))
                  .collect(Collectors.joining(", ", "{", "}"))
              + i.wildcardAlias().map(a -> " * as " + a).orElse("")
              + " "
              + i.source();
    } else {
      Decl.ExtensionDecl e = (Decl.ExtensionDecl) d;
      body =
          "(extension "
              + e.name()
              + e.config().map(c -> " with " + expr(c)).orElse("")
              + e.alias().map(a -> " as " + a).orElse("");
    }
    return body + decorators + ")";
  }

  static String decorator(Decorator d) {
    return "@" + d.namespace().map(n -> n + ".").orElse("") + d.name() + args(d.args());
  }

  private static String args(List<Expr> args) {
    return args.stream().map(AstPrinter::expr).collect(Collectors.joining(", ", "(", ")"));
  }

  static String expr(Expr e) {
    if (e instanceof Expr.StringLit s) {
      if (s.multiline()) {
        return "'''" + s.literalValue().orElseThrow() + "'''";
      }
      if (s.isLiteral()) {
        return quote(s.literalValue().orElseThrow());
      }
      return s.parts().stream()
          .map(
              p ->
                  p instanceof Expr.Text t
                      ? quote(t.value())
                      : "${" + expr(((Expr.Interpolation) p).expr()) + "}")
          .collect(Collectors.joining(" ", "(str ", ")"));
    }
    if (e instanceof Expr.IntLit i) {
      return Long.toString(i.value());
    }
    if (e instanceof Expr.BoolLit b) {
      return Boolean.toString(b.value());
    }
    if (e instanceof Expr.NullLit) {
      return "null";
    }
    if (e instanceof Expr.Ident id) {
      return id.name();
    }
    if (e instanceof Expr.ObjectExpr o) {
      return o.members().stream()
          .map(AstPrinter::member)
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (e instanceof Expr.ArrayExpr a) {
      return a.items().stream().map(AstPrinter::expr).collect(Collectors.joining(", ", "[", "]"));
    }
    if (e instanceof Expr.Member m) {
      return "(" + (m.safe() ? ".?" : ".") + " " + expr(m.target()) + " " + m.name() + ")";
    }
    if (e instanceof Expr.Index i) {
      return "(" + (i.safe() ? "[?]" : "[]") + " " + expr(i.target()) + " " + expr(i.index()) + ")";
    }
    if (e instanceof Expr.ResourceAccess r) {
      return "(:: " + expr(r.target()) + " " + r.name() + ")";
    }
    if (e instanceof Expr.Call c) {
      return "(call "
          + c.namespace().map(n -> n + ".").orElse("")
          + c.name()
          + args(c.args())
          + ")";
    }
    if (e instanceof Expr.MethodCall c) {
      return "(mcall " + expr(c.target()) + " " + c.name() + args(c.args()) + ")";
    }
    if (e instanceof Expr.Ternary t) {
      return "(? "
          + expr(t.condition())
          + " "
          + expr(t.whenTrue())
          + " "
          + expr(t.whenFalse())
          + ")";
    }
    if (e instanceof Expr.Binary b) {
      return "(" + b.op() + " " + expr(b.left()) + " " + expr(b.right()) + ")";
    }
    if (e instanceof Expr.Unary u) {
      return "(" + u.op() + " " + expr(u.operand()) + ")";
    }
    if (e instanceof Expr.ForExpr f) {
      return "(for "
          + f.itemVar()
          + f.indexVar().map(i -> "," + i).orElse("")
          + " in "
          + expr(f.source())
          + f.condition().map(c -> " if " + expr(c)).orElse("")
          + " : "
          + expr(f.body())
          + ")";
    }
    if (e instanceof Expr.IfExpr i) {
      return "(if " + expr(i.condition()) + " " + expr(i.body()) + ")";
    }
    if (e instanceof Expr.Lambda l) {
      return "(lambda (" + String.join(" ", l.params()) + ") " + expr(l.body()) + ")";
    }
    return "..." + expr(((Expr.Spread) e).expr());
  }

  private static String member(Expr.ObjectMember m) {
    if (m instanceof Expr.Property p) {
      return (p.key() instanceof Expr.Ident id ? id.name() : expr(p.key()))
          + ": "
          + expr(p.value());
    }
    if (m instanceof Decl.ResourceDecl r) {
      return decl(r);
    }
    return expr((Expr.Spread) m);
  }

  static String type(TypeExpr t) {
    if (t instanceof TypeExpr.TypeName n) {
      return n.name();
    }
    if (t instanceof TypeExpr.ArrayType a) {
      return type(a.element()) + "[]";
    }
    if (t instanceof TypeExpr.NullableType n) {
      return type(n.inner()) + "?";
    }
    if (t instanceof TypeExpr.UnionType u) {
      return u.members().stream()
          .map(AstPrinter::type)
          .collect(Collectors.joining(" ", "(| ", ")"));
    }
    if (t instanceof TypeExpr.LiteralType l) {
      return expr(l.value());
    }
    if (t instanceof TypeExpr.ObjectType o) {
      return o.properties().stream()
          .map(
              p ->
                  p.decorators().stream().map(d -> decorator(d) + " ").collect(Collectors.joining())
                      + p.name()
                      + ": "
                      + type(p.type()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (t instanceof TypeExpr.TupleType tu) {
      return tu.items().stream().map(AstPrinter::type).collect(Collectors.joining(", ", "[", "]"));
    }
    if (t instanceof TypeExpr.GenericType g) {
      return g.name()
          + g.args().stream().map(AstPrinter::type).collect(Collectors.joining(", ", "<", ">"));
    }
    TypeExpr.TypeMember m = (TypeExpr.TypeMember) t;
    return type(m.target()) + "." + m.name();
  }

  private static String quote(String s) {
    return "\""
        + s.replace("\\", "\\\\")
            .replace("\"", "\\\"")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
            .replace("\t", "\\t")
        + "\"";
  }
}
