package io.flgen.cli;

import io.flgen.docs.RulePages;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Lists the rule catalogue. */
@Command(
    name = "rules",
    description = {"List every security rule: id, severity at crawl/walk/run, and title."},
    exitCodeList = {"0:Success.", "3:Internal error (a bug; re-run with --debug)."})
final class RulesCommand extends CliCommand {
  /** Listing formats. */
  enum Format {
    text,
    json,
    markdown
  }

  @Option(
      names = "--format",
      description = "text, json or markdown (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  Format format = Format.text;

  @Override
  int run(PrintWriter out, PrintWriter err) {
    switch (format) {
      case markdown -> out.print(RulePages.render(DocumentedRules.ALL).get("rules/README.md"));
      case json -> {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Rule r : DocumentedRules.ALL) {
          RuleInfo i = r.info();
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", i.id());
          m.put("name", i.name());
          m.put("category", i.category().name());
          m.put("title", i.title());
          m.put("crawl", i.crawl().name().toLowerCase(java.util.Locale.ROOT));
          m.put("walk", i.walk().name().toLowerCase(java.util.Locale.ROOT));
          m.put("run", i.run().name().toLowerCase(java.util.Locale.ROOT));
          m.put("references", List.of(i.references()));
          rules.add(m);
        }
        out.println(
            JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build()
                .writeValueAsString(rules));
      }
      default -> {
        out.printf("%-12s %-8s %-8s %-8s %s%n", "ID", "CRAWL", "WALK", "RUN", "TITLE");
        for (Rule r : DocumentedRules.ALL) {
          RuleInfo i = r.info();
          out.printf(
              "%-12s %-8s %-8s %-8s %s%n",
              i.id(), lower(i.crawl()), lower(i.walk()), lower(i.run()), i.title());
        }
        out.println(DocumentedRules.ALL.size() + " rules. `flgen explain ID` prints one.");
      }
    }
    return ExitCodes.OK;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }
}
