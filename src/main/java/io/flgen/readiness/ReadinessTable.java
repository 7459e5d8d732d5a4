package io.flgen.readiness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Job readiness" table: one row per pipeline step or person's step, with what it touches and
 * what is missing. Printed by {@code flgen validate --readiness} and written to the manifest.
 */
public final class ReadinessTable {
  private ReadinessTable() {}

  /**
   * One step.
   *
   * @param missing one line per target without a path or a grant; empty when ready
   */
  public record Row(
      String actor, String origin, String principal, int targets, List<String> missing) {
    public boolean ready() {
      return missing.isEmpty();
    }
  }

  /** The checks grouped by step, in the order analysed. */
  public static List<Row> rows(List<Check> checks) {
    Map<String, List<Check>> by = new LinkedHashMap<>();
    checks.forEach(c -> by.computeIfAbsent(c.actor(), k -> new ArrayList<>()).add(c));
    List<Row> out = new ArrayList<>();
    for (List<Check> g : by.values()) {
      List<String> missing = new ArrayList<>();
      for (Check c : g) {
        if (!c.pathOk()) {
          missing.add(c.target() + " (" + c.need() + "): no network path: " + c.path());
        }
        if (!c.grantOk()) {
          missing.add(c.target() + " (" + c.need() + "): " + c.grant());
        }
      }
      Check first = g.get(0);
      out.add(
          new Row(
              first.actor(), first.origin(), first.principal(), g.size(), List.copyOf(missing)));
    }
    return out;
  }

  /** Plain text, one line per step and an indented line per missing item, then a summary. */
  public static String text(List<Check> checks) {
    List<Row> rows = rows(checks);
    StringBuilder sb =
        new StringBuilder(
            "Job readiness (every pipeline step and every person's step in DEPLOY.md):\n");
    for (Row r : rows) {
      sb.append(r.ready() ? "  ready      " : "  NOT READY  ")
          .append(
              String.join(
                  " | ", r.actor(), r.origin(), "as " + r.principal(), r.targets() + " target(s)"))
          .append('\n');
      r.missing().forEach(m -> sb.append("      - ").append(m).append('\n'));
    }
    long ready = rows.stream().filter(Row::ready).count();
    sb.append(ready).append(" of ").append(rows.size()).append(" step(s) ready\n");
    return sb.toString();
  }

  /** The manifest's form: a list of rows as maps. */
  public static List<Map<String, Object>> json(List<Check> checks) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row r : rows(checks)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("step", r.actor());
      m.put("runsOn", r.origin());
      m.put("as", r.principal());
      m.put("targets", r.targets());
      m.put("ready", r.ready());
      m.put("missing", r.missing());
      out.add(m);
    }
    return out;
  }
}
