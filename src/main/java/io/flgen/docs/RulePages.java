package io.flgen.docs;

import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleCatalog;
import io.flgen.rules.RuleInfo;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** docs/rules/ID.md for every rule, and the index docs/rules/README.md, from the catalogue. */
public final class RulePages {
  static final String HEADER =
      "<!-- AUTO-GENERATED from the rule catalogue (src/main/resources/rules) by `./flgen docs`. DO NOT MODIFY. -->\n";

  /** Length of the generated-file header, which `flgen explain` leaves out. */
  public static final int HEADER_LENGTH = HEADER.length();

  private RulePages() {}

  /** Relative path (under docs/) to content. */
  public static SortedMap<String, String> render(List<Rule> rules) {
    SortedMap<String, String> out = new TreeMap<>();
    for (Rule r : rules) {
      out.put("rules/" + r.info().id() + ".md", page(r.info()));
    }
    out.put("rules/README.md", index(rules));
    return out;
  }

  public static SortedMap<String, String> render() {
    return render(RuleCatalog.ALL);
  }

  public static String levels(RuleInfo i) {
    return "crawl: "
        + level(i.crawl())
        + " · walk: "
        + level(i.walk())
        + " · run: "
        + level(i.run());
  }

  private static String level(Level l) {
    return l == Level.OFF ? "off" : l.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The page of one rule: what `flgen explain ID` prints. */
  public static String page(RuleInfo i) {
    StringBuilder sb = new StringBuilder(HEADER);
    sb.append("# ").append(i.id()).append(": ").append(i.title()).append("\n\n");
    sb.append("| | |\n|---|---|\n");
    sb.append("| Name | `").append(i.name()).append("` |\n");
    sb.append("| Area | ").append(i.category().title()).append(" |\n");
    sb.append("| Severity | ").append(levels(i)).append(" |\n\n");
    sb.append("## Rationale\n\n").append(i.rationale()).append("\n\n");
    sb.append("## Fix\n\n").append(i.fix()).append("\n\n");
    if (i.sources().length > 0) {
      sb.append("## Source\n\n");
      for (String s : i.sources()) {
        int bar = s.indexOf(" | ");
        sb.append("- ")
            .append(s.substring(0, bar))
            .append(": \"")
            .append(s.substring(bar + 3))
            .append("\"\n");
      }
      sb.append('\n');
    }
    sb.append("## Equivalent rules\n\n");
    if (i.references().length == 0) {
      sb.append("None known.\n\n");
    } else {
      for (String ref : i.references()) {
        sb.append("- ").append(ref).append('\n');
      }
      sb.append('\n');
    }
    if (!i.waivable()) {
      sb.append(
              "## Waiving\n\nNot waivable: a setup that Azure refuses, or in which the FL job cannot run, does not become\n")
          .append(
              "acceptable by accepting a risk. A waiver of this rule is ignored and the finding stays open.\n");
      return sb.toString();
    }
    sb.append(
            "## Waiving\n\nAccept a finding for a limited time in the topology; the waiver needs a justification and\n")
        .append(
            "an expiry date, and the finding still appears, marked suppressed.\n\n```yaml\nwaivers:\n  - rule: ")
        .append(i.id())
        .append("\n    target: <resource name or topology path from the finding>\n")
        .append(
            "    justification: <why the risk is accepted, and by whom>\n    expires: 2027-01-31\n```\n");
    return sb.toString();
  }

  private static String index(List<Rule> rules) {
    StringBuilder sb = new StringBuilder(HEADER);
    sb.append("# Rule catalogue\n\n")
        .append(rules.size())
        .append(
            " rules. Severity is given per stage (crawl · walk · run); `off` means the rule does not run at that stage.\n")
        .append("`./flgen rules` lists them and `./flgen explain ID` prints a page.\n");
    for (Category c : Category.values()) {
      List<Rule> in = rules.stream().filter(r -> r.info().category() == c).toList();
      if (in.isEmpty()) {
        continue;
      }
      sb.append("\n## ")
          .append(c.title())
          .append("\n\n| Id | Title | crawl | walk | run |\n|---|---|---|---|---|\n");
      for (Rule r : in) {
        RuleInfo i = r.info();
        String link = "[" + i.id() + "](" + i.id() + ".md)";
        sb.append("| ")
            .append(
                String.join(
                    " | ", link, i.title(), level(i.crawl()), level(i.walk()), level(i.run())))
            .append(" |\n");
      }
    }
    return sb.toString();
  }
}
