package io.flgen.live.audit;

import io.flgen.live.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit in review's formats: Markdown with the "Access matrix: planned vs live" table, or JSON.
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
      sb.append("| ")
          .append(r.status())
          .append(" | ")
          .append(cell(r.principal()))
          .append(" | ")
          .append(cell(r.role()))
          .append(" | ")
          .append(cell(r.scope()))
          .append(" | ")
          .append(
              r.where().isEmpty()
                  ? (r.status().equals("ok") ? "yes" : "no")
                  : r.where() + " the resource")
          .append(" | ")
          .append(r.grantsKeys() ? "**yes**" : "no")
          .append(" |\n");
    }
    sb.append("\n## Settings: planned vs live\n\n");
    if (o.drift().isEmpty()) {
      sb.append("No drift in the storage accounts flgen created.\n");
    } else {
      sb.append("| Account | Setting | Planned | Live |\n|---|---|---|---|\n");
      for (Audit.Drift d : o.drift()) {
        sb.append("| ")
            .append(d.account())
            .append(" | ")
            .append(d.setting())
            .append(" | ")
            .append(d.planned())
            .append(" | ")
            .append(d.live())
            .append(" |\n");
      }
    }
    if (!o.inconclusive().isEmpty()) {
      sb.append("\n## Inconclusive checks\n\n| Check | Target | Reason |\n|---|---|---|\n");
      for (Checks.Inconclusive i : o.inconclusive()) {
        sb.append("| ")
            .append(i.check())
            .append(" | ")
            .append(cell(i.target()))
            .append(" | ")
            .append(cell(i.reason()))
            .append(" |\n");
      }
    }
    return sb.toString();
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
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("status", r.status());
      m.put("principal", r.principal());
      m.put("role", r.role());
      m.put("scope", r.scope());
      m.put("where", r.where());
      m.put("grantsKeys", r.grantsKeys());
      rows.add(m);
    }
    root.put("accessMatrix", rows);
    List<Map<String, Object>> drift = new ArrayList<>();
    for (Audit.Drift d : o.drift()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("account", d.account());
      m.put("setting", d.setting());
      m.put("planned", d.planned());
      m.put("live", d.live());
      drift.add(m);
    }
    root.put("drift", drift);
    List<Map<String, Object>> open = new ArrayList<>();
    for (Checks.Inconclusive i : o.inconclusive()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("check", i.check());
      m.put("target", i.target());
      m.put("reason", i.reason());
      open.add(m);
    }
    root.put("inconclusive", open);
    return JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()
            .writeValueAsString(root)
        + "\n";
  }
}
