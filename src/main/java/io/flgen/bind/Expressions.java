package io.flgen.bind;

import io.flgen.diag.Codes;
import io.flgen.diag.Diagnostic;
import io.flgen.load.SourceMap;
import io.flgen.load.TopologyPath;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Rejects Azure ML expressions in the topology (issue 10). flgen copies user values (job
 * parameters, names, paths) into {@code aml/*.yaml}, where Azure ML evaluates {@code ${{...}}} when
 * the job is submitted: a parameter {@code ${{parent.jobs.preprocess_silo_b.outputs...}}} copied
 * into every silo's train step would wire one silo's data into another silo's job. No topology
 * value needs an expression (flgen writes every binding itself), so any key or string value that
 * holds one is an error, located at the value. Rejecting is safer than quoting: Azure ML evaluates
 * expressions inside quoted YAML strings too. Source: "When you submit a job or call a component,
 * the expression is evaluated and the value is substituted",
 * https://learn.microsoft.com/azure/machine-learning/concept-expressions.
 */
final class Expressions {
  /** What opens an Azure ML expression. */
  static final String OPEN = "${{";

  private Expressions() {}

  static List<Diagnostic> check(JsonNode root, SourceMap sm) {
    List<Diagnostic> out = new ArrayList<>();
    walk(root, TopologyPath.ROOT, sm, out);
    return out;
  }

  private static void walk(JsonNode n, String path, SourceMap sm, List<Diagnostic> out) {
    if (n.isObject()) {
      n.properties()
          .forEach(
              e -> {
                String child = TopologyPath.key(path, e.getKey());
                if (e.getKey().contains(OPEN)) {
                  out.add(
                      new Diagnostic(
                          Codes.EXPRESSION, sm.key(child), child, message("key", e.getKey())));
                }
                walk(e.getValue(), child, sm, out);
              });
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        walk(n.get(i), TopologyPath.index(path, i), sm, out);
      }
    } else if (n.isString() && n.asString().contains(OPEN)) {
      out.add(
          new Diagnostic(Codes.EXPRESSION, sm.value(path), path, message("value", n.asString())));
    }
  }

  private static String message(String what, String text) {
    int start = text.indexOf(OPEN);
    int end = text.indexOf("}}", start + OPEN.length());
    String expr = end < 0 ? text.substring(start) : text.substring(start, end + 2);
    if (expr.length() > 80) {
      expr = expr.substring(0, 77) + "...";
    }
    return "the "
        + what
        + " holds the Azure ML expression '"
        + expr
        + "'; Azure ML evaluates "
        + "expressions in the YAML flgen writes (one could wire another step's data into this one), "
        + "so no topology value may hold one: remove '"
        + OPEN
        + "'";
  }
}
