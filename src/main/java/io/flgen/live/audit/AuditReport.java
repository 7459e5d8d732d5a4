package io.flgen.live.audit;

import io.flgen.live.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit in review's formats: Markdown with the "Access matrix: planned vs live" table, JSON, or
 * SARIF.
 */
public final class AuditReport {
  private AuditReport() {}

  public static String markdown(String dir, Audit.Outcome o) {
    StringBuilder sb = new StringBuilder("# Audit of ").append(dir).append("\n\n");
    sb.append(o.count("extra"))
        .append(" extra grant(s), ")
        .append(o.count("missing"))
        .append(" missing grant(s), ")
        .append(o.drift().size())
        .append(" drifted setting(s), ")
        .append(o.inconclusive().size())
        .append(" inconclusive check(s).\n\n");
    sb.append("## Access matrix: planned vs live\n\n");
    sb.append(
        "| Status | Principal | Role | Scope | Live grant | Grants keys |\n|---|---|---|---|---|---|\n");
    for (Audit.Row r : o.rows()) {
      String live =
          r.where().isEmpty()
              ? (r.status().equals("ok") ? "yes" : "no")
              : r.where() + " the resource";
      row(
          sb,
          r.status(),
          cell(r.principal()),
          cell(r.role()),
          cell(r.scope()),
          live,
          r.grantsKeys() ? "**yes**" : "no");
    }
    sb.append("\n## Settings: planned vs live\n\n");
    if (o.drift().isEmpty()) {
      sb.append("No drift in the storage accounts flgen created.\n");
    } else {
      sb.append("| Account | Setting | Planned | Live |\n|---|---|---|---|\n");
      for (Audit.Drift d : o.drift()) {
        row(sb, d.account(), d.setting(), d.planned(), d.live());
      }
    }
    if (!o.inconclusive().isEmpty()) {
      sb.append("\n## Inconclusive checks\n\n| Check | Target | Reason |\n|---|---|---|\n");
      for (Checks.Inconclusive i : o.inconclusive()) {
        row(sb, i.check(), cell(i.target()), cell(i.reason()));
      }
    }
    return sb.toString();
  }

  /** One Markdown table row of cells already escaped. */
  private static void row(StringBuilder sb, String... cells) {
    for (String c : cells) {
      sb.append("| ").append(c).append(' ');
    }
    sb.append("|\n");
  }

  /** SARIF 2.1.0's three kinds of audit result, as rules of the flgen audit driver. */
  private static final List<String[]> SARIF_RULES =
      List.of(
          new String[] {
            "flgen-audit/extra-grant",
            "A live role assignment on a deployed resource that the manifest's access matrix does not plan"
          },
          new String[] {
            "flgen-audit/missing-grant", "A grant the manifest's access matrix plans is not live"
          },
          new String[] {
            "flgen-audit/drift",
            "A live setting of a deployed storage account differs from the plan"
          });

  /**
   * The audit as SARIF 2.1.0: one result per extra or missing grant and per drifted setting, each
   * at the manifest with the resource as its logical location; an extra grant that reaches the
   * account keys and a drifted setting are errors, the rest warnings. Checks that could not run are
   * tool execution notifications, and the invocation is then not successful.
   */
  public static String sarif(String dir, Audit.Outcome o, String version) {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "flgen audit");
    driver.put("version", version);
    List<Map<String, Object>> rules = new ArrayList<>();
    for (String[] r : SARIF_RULES) {
      rules.add(ordered("id", r[0], "shortDescription", Map.of("text", r[1])));
    }
    driver.put("rules", rules);
    List<Map<String, Object>> results = sarifResults(dir + "/flgen-manifest.json", o);
    List<Map<String, Object>> notes = new ArrayList<>();
    for (Checks.Inconclusive i : o.inconclusive()) {
      notes.add(
          ordered(
              "level",
              "error",
              "message",
              Map.of("text", i.check() + ": " + i.target() + ": " + i.reason())));
    }
    Map<String, Object> invocation = new LinkedHashMap<>();
    invocation.put("executionSuccessful", o.inconclusive().isEmpty());
    invocation.put("toolExecutionNotifications", notes);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("invocations", List.of(invocation));
    run.put("results", results);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    root.put("runs", List.of(run));
    return pretty(root);
  }

  /** One result per extra or missing grant and per drifted setting, at the manifest. */
  private static List<Map<String, Object>> sarifResults(String manifest, Audit.Outcome o) {
    List<Map<String, Object>> results = new ArrayList<>();
    for (Audit.Row r : o.rows()) {
      if (r.status().equals("extra")) {
        results.add(
            result(
                0,
                r.grantsKeys() ? "error" : "warning",
                "extra grant: "
                    + r.principal()
                    + " holds "
                    + r.role()
                    + " "
                    + r.where()
                    + " "
                    + r.scope()
                    + (r.grantsKeys() ? "; the role grants the account keys" : ""),
                manifest,
                r.scope()));
      } else if (r.status().equals("missing")) {
        results.add(
            result(
                1,
                "warning",
                "missing grant: " + r.principal() + " " + r.role() + " on " + r.scope(),
                manifest,
                r.scope()));
      }
    }
    for (Audit.Drift d : o.drift()) {
      results.add(
          result(
              2,
              "error",
              d.account() + " " + d.setting() + " is " + d.live() + ", planned " + d.planned(),
              manifest,
              d.account()));
    }
    return results;
  }

  private static Map<String, Object> result(
      int rule, String level, String text, String manifest, String resource) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ruleId", SARIF_RULES.get(rule)[0]);
    m.put("ruleIndex", rule);
    m.put("level", level);
    m.put("message", Map.of("text", text));
    m.put(
        "locations",
        List.of(
            ordered(
                "physicalLocation",
                Map.of("artifactLocation", Map.of("uri", manifest)),
                "logicalLocations",
                List.of(ordered("name", resource, "kind", "resource")))));
    return m;
  }

  /** A map that keeps its keys in the order given: the output is byte-identical across runs. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  public static String json(String dir, Audit.Outcome o) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("dir", dir);
    root.put("extra", o.count("extra"));
    root.put("missing", o.count("missing"));
    root.put("drifted", o.drift().size());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Audit.Row r : o.rows()) {
      rows.add(
          ordered(
              "status", r.status(),
              "principal", r.principal(),
              "role", r.role(),
              "scope", r.scope(),
              "where", r.where(),
              "grantsKeys", r.grantsKeys()));
    }
    root.put("accessMatrix", rows);
    List<Map<String, Object>> drift = new ArrayList<>();
    for (Audit.Drift d : o.drift()) {
      drift.add(
          ordered(
              "account", d.account(),
              "setting", d.setting(),
              "planned", d.planned(),
              "live", d.live()));
    }
    root.put("drift", drift);
    List<Map<String, Object>> open = new ArrayList<>();
    for (Checks.Inconclusive i : o.inconclusive()) {
      open.add(ordered("check", i.check(), "target", i.target(), "reason", i.reason()));
    }
    root.put("inconclusive", open);
    return pretty(root);
  }

  /** Indented JSON with a final newline. */
  private static String pretty(Map<String, Object> root) {
    return JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()
            .writeValueAsString(root)
        + "\n";
  }
}
