package io.flgen.report;

import io.flgen.diag.Printable;
import io.flgen.rules.Result;
import io.flgen.rules.RuleEngine;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Severity;
import io.flgen.terms.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Text and JSON renderings of a rule report. */
public final class FindingsReport {
  static final JsonMapper JSON = SafeJson.MAPPER;

  private FindingsReport() {}

  /** An insertion-ordered map from alternating keys and values (Map.of has no stable order). */
  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** Colour hooks for the text form; identity functions when colour is off. */
  public interface Paint {
    String severity(Severity s, String text);

    String dim(String text);

    String bold(String text);

    Paint NONE =
        new Paint() {
          @Override
          public String severity(Severity s, String text) {
            return text;
          }

          @Override
          public String dim(String text) {
            return text;
          }

          @Override
          public String bold(String text) {
            return text;
          }
        };
  }

  /**
   * Findings grouped by severity, each with the topology location it traces back to; suppressed
   * ones marked with their justification; then a summary line.
   *
   * @param topologyStage the topology's own stage; when it differs from the checked stage a
   *     readiness summary says what stands between the topology and that checkpoint
   */
  public static String text(
      RuleEngine.Report report, Stage topologyStage, Severity failOn, Paint p) {
    StringBuilder sb = new StringBuilder();
    for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
      List<Result> rs = report.results().stream().filter(r -> r.severity() == s).toList();
      if (rs.isEmpty()) {
        continue;
      }
      sb.append(p.severity(s, s.label().toUpperCase(java.util.Locale.ROOT)))
          .append(" (")
          .append(rs.size())
          .append(")\n");
      for (Result r : rs) {
        sb.append("  ")
            .append(p.bold(r.finding().ruleId()))
            .append(' ')
            .append(Printable.escape(r.finding().message()))
            .append('\n');
        sb.append("    ")
            .append(
                p.dim(
                    r.location()
                        + ": "
                        + Printable.escape(r.finding().origin())
                        + " · "
                        + r.rule().title()))
            .append('\n');
        r.suppression()
            .ifPresent(
                w ->
                    sb.append("    ")
                        .append(
                            p.dim(
                                "suppressed by waiver until "
                                    + w.expires()
                                    + ": "
                                    + Printable.escape(w.justification())))
                        .append('\n'));
      }
    }
    long open = report.results().stream().filter(r -> !r.suppressed()).count();
    long waived = report.results().size() - open;
    long failing = report.failing(failOn).size();
    sb.append(open)
        .append(" finding(s), ")
        .append(waived)
        .append(" suppressed, at ")
        .append(report.stage().yamlName())
        .append(" stage; ")
        .append(failing)
        .append(" at or above --fail-on ")
        .append(failOn.label())
        .append('\n');
    if (report.stage() != topologyStage) {
      sb.append(readiness(report));
    }
    return sb.toString();
  }

  /** What stands between a topology and the checked stage's checkpoint. */
  public static String readiness(RuleEngine.Report report) {
    List<Result> open = report.results().stream().filter(r -> !r.suppressed()).toList();
    StringBuilder sb =
        new StringBuilder("Readiness for the ")
            .append(report.stage().yamlName())
            .append(" checkpoint: ");
    if (open.isEmpty()) {
      return sb.append("ready (no open finding).\n").toString();
    }
    Map<Severity, Long> by = new LinkedHashMap<>();
    for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
      by.put(s, open.stream().filter(r -> r.severity() == s).count());
    }
    sb.append("not ready, ").append(open.size()).append(" open finding(s) (");
    List<String> parts = new ArrayList<>();
    by.forEach((s, n) -> parts.add(n + " " + s.label()));
    sb.append(String.join(", ", parts))
        .append(") across ")
        .append(open.stream().map(r -> r.finding().ruleId()).distinct().count())
        .append(" rule(s): ")
        .append(
            String.join(
                ", ", open.stream().map(r -> r.finding().ruleId()).distinct().sorted().toList()))
        .append(".\n");
    return sb.toString();
  }

  public static String json(RuleEngine.Report report, String file, Severity failOn) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("file", file);
    // the same document shape as for an invalid topology, plus the findings
    root.put("valid", true);
    root.put("diagnostics", List.of());
    root.put("stage", report.stage().yamlName());
    root.put("failOn", failOn.label());
    root.put("failing", report.failing(failOn).size());
    List<Map<String, Object>> fs = new ArrayList<>();
    for (Result r : report.results()) {
      RuleInfo i = r.rule();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ruleId", i.id());
      m.put("rule", i.name());
      m.put("severity", r.severity().label());
      m.put("target", r.finding().target());
      m.put("message", r.finding().message());
      m.put("path", r.finding().origin());
      m.put("file", r.location().file());
      m.put("line", r.location().line());
      m.put("column", r.location().column());
      m.put("suppressed", r.suppressed());
      r.suppression()
          .ifPresent(
              w -> {
                m.put("justification", w.justification());
                m.put("waiverExpires", w.expires());
              });
      fs.add(m);
    }
    root.put("findings", fs);
    return JSON.writeValueAsString(root);
  }
}
