package io.flgen.review;

import io.flgen.diag.Location;
import io.flgen.plan.OutputPlan;
import io.flgen.review.bicep.BicepFile;
import io.flgen.review.bicep.Decl;
import io.flgen.review.bicep.Expr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outputs of a folder's entry files, as plan outputs: what each one reads. A call to a {@code
 * list*} function (listKeys, listSecrets, listConnectionStrings) is recorded as that property, so
 * FLG-HYG-002 sees a secret leaving the deployment.
 */
final class Outputs {
  private Outputs() {}

  /** The outputs of the entry files, each with its declaration, in file order. */
  static Map<OutputPlan, Site> of(Map<String, BicepFile> parsed, Set<String> called) {
    Map<OutputPlan, Site> out = new LinkedHashMap<>();
    for (var e : parsed.entrySet()) {
      if (called.contains(e.getKey())) {
        continue;
      }
      for (Decl.OutputDecl o : e.getValue().outputs()) {
        String reads = reads(o.value());
        out.put(
            new OutputPlan(
                o.name(), e.getKey() + ":" + o.location().line(), reads, "output of " + e.getKey()),
            new Site(new Location(e.getKey(), o.location().line(), 1), List.of()));
      }
    }
    return out;
  }

  /** The outputs declared in {@code entry}. */
  static Map<OutputPlan, Site> declaredIn(Map<OutputPlan, Site> outputs, String entry) {
    Map<OutputPlan, Site> out = new LinkedHashMap<>();
    outputs.forEach(
        (o, site) -> {
          if (site.at().file().equals(entry)) {
            out.put(o, site);
          }
        });
    return out;
  }

  /** The last property or list* function an output expression reads. */
  static String reads(Expr e) {
    if (e instanceof Expr.MethodCall m) {
      return m.name().startsWith("list") ? m.name() : reads(m.target());
    }
    if (e instanceof Expr.Call c) {
      return c.name().startsWith("list") ? c.name() : c.name();
    }
    if (e instanceof Expr.Member m) {
      String inner = reads(m.target());
      return inner.startsWith("list") ? inner : m.name();
    }
    if (e instanceof Expr.Index i) {
      return reads(i.target());
    }
    return "value";
  }
}
