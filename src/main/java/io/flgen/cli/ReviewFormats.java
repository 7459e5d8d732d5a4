package io.flgen.cli;

import io.flgen.diag.Location;
import io.flgen.report.FindingsReport;
import io.flgen.report.Sarif;
import io.flgen.review.ReviewResult;
import io.flgen.rules.RuleCatalog;
import io.flgen.rules.Severity;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON and SARIF forms of a review: the findings documents flgen writes for validate, plus
 * whether the review is complete, why not, and its coverage. SARIF locations are files relative to
 * the reviewed folder. A front end (cli): it joins the review to the report formats.
 */
final class ReviewFormats {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ReviewFormats() {}

  /**
   * The findings JSON with {@code complete}, {@code incomplete} (located reasons) and {@code
   * coverage}.
   */
  static String json(ReviewResult r, Severity failOn, boolean allowUnresolved) {
    ObjectNode root =
        (ObjectNode) JSON.readTree(FindingsReport.json(r.report(), r.folder(), failOn));
    root.put("complete", complete(r, allowUnresolved));
    ArrayNode why = root.putArray("incomplete");
    r.unread().forEach(m -> why.add(reason(m, "not read")));
    r.problems().forEach(m -> why.add(reason(m, "not parsed or evaluated in full")));
    root.set("coverage", coverage(r));
    ArrayNode un = root.putArray("unresolved");
    r.unresolved().forEach(un::add);
    ArrayNode findings = (ArrayNode) root.get("findings");
    for (int i = 0; i < findings.size(); i++) {
      ObjectNode f = (ObjectNode) findings.get(i);
      ReviewResult.Placement p = r.placement(i);
      f.put("entry", p.entry());
      ArrayNode via = f.putArray("via");
      for (Location l : p.via()) {
        via.addObject().put("file", l.file()).put("line", l.line()).put("column", l.column());
      }
    }
    return JSON.writeValueAsString(root);
  }

  /**
   * SARIF 2.1.0 with each result located in its file relative to the folder, coverage as run
   * properties and every reason the review is incomplete as a tool execution notification.
   */
  static String sarif(ReviewResult r, String version, boolean allowUnresolved) {
    ObjectNode root =
        (ObjectNode)
            JSON.readTree(
                Sarif.render(
                    r.report(), RuleCatalog.ALL, version, r.folder(), x -> x.location().file()));
    ObjectNode run = (ObjectNode) root.get("runs").get(0);
    ArrayNode artifacts = run.putArray("artifacts");
    r.files().forEach(f -> artifacts.addObject().putObject("location").put("uri", f));
    ObjectNode props = (ObjectNode) run.get("properties");
    props.set("coverage", coverage(r));
    props.put("complete", complete(r, allowUnresolved));
    run.set("invocations", invocation(complete(r, allowUnresolved), r.unread(), r.problems()));
    placements(r, (ArrayNode) run.get("results"));
    return JSON.writeValueAsString(root);
  }

  /**
   * Each result's entry (a result property, and part of its fingerprint when entries are reviewed
   * separately: one module two entries deploy is two findings) and the module calls from the entry
   * as {@code relatedLocations}, outermost first.
   */
  private static void placements(ReviewResult r, ArrayNode results) {
    for (int i = 0; i < results.size(); i++) {
      ObjectNode res = (ObjectNode) results.get(i);
      ReviewResult.Placement p = r.placement(i);
      ((ObjectNode) res.get("properties")).put("entry", p.entry());
      if (r.coverage().separate()) {
        ObjectNode fp = (ObjectNode) res.get("partialFingerprints");
        fp.put("flgenFinding/v1", fp.get("flgenFinding/v1").asString() + "/" + p.entry());
      }
      if (p.via().isEmpty()) {
        continue;
      }
      ArrayNode related = res.putArray("relatedLocations");
      for (int k = 0; k < p.via().size(); k++) {
        Location l = p.via().get(k);
        ObjectNode rl = related.addObject();
        rl.put("id", k);
        ObjectNode phys = rl.putObject("physicalLocation");
        phys.putObject("artifactLocation").put("uri", l.file());
        phys.putObject("region").put("startLine", l.line()).put("startColumn", l.column());
        rl.putObject("message").put("text", k == 0 ? "module call from the entry" : "module call");
      }
    }
  }

  /**
   * A SARIF log with no result and the problem as a notification: for a folder that cannot be
   * reviewed at all.
   */
  static String sarifFailure(String folder, String version, String problem) {
    ObjectNode root =
        (ObjectNode)
            JSON.readTree(
                Sarif.render(
                    new io.flgen.rules.RuleEngine.Report(io.flgen.terms.Stage.RUN, List.of()),
                    RuleCatalog.ALL,
                    version,
                    folder));
    ObjectNode run = (ObjectNode) root.get("runs").get(0);
    run.putArray("artifacts");
    run.set(
        "invocations",
        invocation(
            false, List.of(new Location.Message(new Location(folder, 1, 1), problem)), List.of()));
    return JSON.writeValueAsString(root);
  }

  private static boolean complete(ReviewResult r, boolean allowUnresolved) {
    return r.complete(allowUnresolved);
  }

  private static ArrayNode invocation(
      boolean ok, List<Location.Message> unread, List<Location.Message> problems) {
    ArrayNode invs = JSON.createArrayNode();
    ObjectNode inv = invs.addObject();
    inv.put("executionSuccessful", ok);
    ArrayNode notes = inv.putArray("toolExecutionNotifications");
    for (var list : List.of(unread, problems)) {
      for (Location.Message m : list) {
        ObjectNode n = notes.addObject();
        n.put("level", "error");
        n.putObject("message")
            .put(
                "text",
                (list == unread ? "not read: " : "not parsed or evaluated in full: ")
                    + m.message());
        ObjectNode phys = n.putArray("locations").addObject().putObject("physicalLocation");
        phys.putObject("artifactLocation").put("uri", m.location().file());
        phys.putObject("region")
            .put("startLine", m.location().line())
            .put("startColumn", m.location().column());
      }
    }
    return invs;
  }

  private static ObjectNode reason(Location.Message m, String kind) {
    ObjectNode n = JSON.createObjectNode();
    n.put("file", m.location().file());
    n.put("line", m.location().line());
    n.put("column", m.location().column());
    n.put("kind", kind);
    n.put("message", m.message());
    return n;
  }

  private static ObjectNode coverage(ReviewResult r) {
    ObjectNode c = JSON.createObjectNode();
    ArrayNode entries = c.putArray("entries");
    r.coverage().entries().forEach(entries::add);
    c.put("entriesReviewedSeparately", r.coverage().separate());
    c.put("filesRead", r.files().size());
    c.put("filesNotRead", r.unread().size());
    c.put(
        "filesWithProblems",
        r.problems().stream().map(m -> m.location().file()).distinct().count());
    c.put("resources", r.coverage().resources());
    c.put("resourcesWithPlaceholders", r.coverage().placeholders());
    c.put("unresolvedExpressions", r.coverage().unresolved());
    return c;
  }
}
