package io.flgen.report;

import io.flgen.rules.Level;
import io.flgen.rules.Result;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleEngine;
import io.flgen.rules.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: one {@code rules[]} entry per catalogue rule, {@code level} from the severity, a
 * {@code security-severity} property, stable {@code partialFingerprints} (rule, target and topology
 * path; no line numbers, so edits elsewhere in the file keep them), and {@code suppressions} that
 * carry the waiver justification.
 */
public final class Sarif {
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  public static final String DOCS = "https://github.com/flgen/flgen/blob/main/docs/rules/";

  private Sarif() {}

  public static String render(
      RuleEngine.Report report, List<Rule> catalogue, String version, String artifactUri) {
    return render(report, catalogue, version, artifactUri, r -> artifactUri);
  }

  /**
   * As {@link #render(RuleEngine.Report, List, String, String)}, with each result's {@code
   * artifactLocation.uri} given by {@code uriOf} (review: the file, relative to the folder).
   */
  public static String render(
      RuleEngine.Report report,
      List<Rule> catalogue,
      String version,
      String artifactUri,
      java.util.function.Function<Result, String> uriOf) {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "flgen");
    driver.put("version", version);
    driver.put("informationUri", "https://github.com/flgen/flgen");
    List<Map<String, Object>> rules = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (Rule r : catalogue) {
      RuleInfo i = r.info();
      index.put(i.id(), rules.size());
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("id", i.id());
      d.put("name", i.name());
      d.put("shortDescription", Map.of("text", i.title()));
      d.put("fullDescription", Map.of("text", i.rationale()));
      d.put("help", Map.of("text", i.fix()));
      d.put("helpUri", DOCS + i.id() + ".md");
      Map<String, Object> props = new LinkedHashMap<>();
      props.put(
          "tags", List.of("security", i.category().name().toLowerCase(java.util.Locale.ROOT)));
      // GitHub code scanning reads security-severity from the rule; the severity at the checked
      // stage
      Level level =
          switch (report.stage()) {
            case CRAWL -> i.crawl();
            case WALK -> i.walk();
            default -> i.run();
          };
      level
          .severity()
          .ifPresent(
              sv ->
                  props.put(
                      "security-severity",
                      String.format(java.util.Locale.ROOT, "%.1f", sv.score())));
      props.put(
          "stages",
          FindingsReport.map(
              "crawl",
              i.crawl().name().toLowerCase(java.util.Locale.ROOT),
              "walk",
              i.walk().name().toLowerCase(java.util.Locale.ROOT),
              "run",
              i.run().name().toLowerCase(java.util.Locale.ROOT)));
      d.put("properties", props);
      rules.add(d);
    }
    driver.put("rules", rules);
    List<Map<String, Object>> results = new ArrayList<>();
    for (Result r : report.results()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ruleId", r.rule().id());
      m.put("ruleIndex", index.getOrDefault(r.rule().id(), -1));
      m.put("level", r.severity().sarifLevel());
      m.put("message", Map.of("text", r.finding().message()));
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", r.location().line());
      region.put("startColumn", r.location().column());
      Map<String, Object> phys = new LinkedHashMap<>();
      phys.put("artifactLocation", Map.of("uri", uriOf.apply(r)));
      phys.put("region", region);
      Map<String, Object> loc = new LinkedHashMap<>();
      loc.put("physicalLocation", phys);
      loc.put(
          "logicalLocations",
          List.of(
              FindingsReport.map("fullyQualifiedName", r.finding().origin(), "kind", "member")));
      m.put("locations", List.of(loc));
      m.put(
          "partialFingerprints",
          Map.of(
              "flgenFinding/v1",
              sha256(r.rule().id() + "|" + r.finding().target() + "|" + r.finding().origin())));
      Map<String, Object> props = new LinkedHashMap<>();
      props.put(
          "security-severity", String.format(java.util.Locale.ROOT, "%.1f", r.severity().score()));
      props.put("severity", r.severity().label());
      props.put("target", r.finding().target());
      m.put("properties", props);
      r.suppression()
          .ifPresent(
              w ->
                  m.put(
                      "suppressions",
                      List.of(
                          FindingsReport.map(
                              "kind",
                              "inSource",
                              "status",
                              "accepted",
                              "justification",
                              w.justification() + " (expires " + w.expires() + ")"))));
      results.add(m);
    }
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("artifacts", List.of(Map.of("location", Map.of("uri", artifactUri))));
    run.put("results", results);
    run.put("properties", Map.of("stage", report.stage().yamlName()));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    root.put("runs", List.of(run));
    return FindingsReport.JSON.writeValueAsString(root);
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
