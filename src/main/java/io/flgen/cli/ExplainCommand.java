package io.flgen.cli;

import io.flgen.docs.RulePages;
import io.flgen.load.Suggest;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Prints one rule's documentation. */
@Command(
    name = "explain",
    description = {
      "Print a rule's documentation: severity per stage, rationale, fix, equivalents, waiver example."
    },
    exitCodeList = {
      "0:Success.",
      "2:Unknown rule id.",
      "3:Internal error (a bug; re-run with --debug)."
    })
final class ExplainCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "Rule id, for example FLG-STO-002.")
  String id;

  @Override
  int run(PrintWriter out, PrintWriter err) {
    var rule = DocumentedRules.byId(id);
    if (rule.isEmpty()) {
      var ids = DocumentedRules.ALL.stream().map(r -> r.info().id()).toList();
      err.println(
          "flgen: unknown rule '"
              + id
              + "'"
              + Suggest.closest(id.toUpperCase(java.util.Locale.ROOT), ids)
                  .map(s -> "; did you mean " + s + "?")
                  .orElse("; run flgen rules for the list"));
      return ExitCodes.INVALID_INPUT;
    }
    out.print(RulePages.page(rule.get().info()).substring(RulePages.HEADER_LENGTH));
    return ExitCodes.OK;
  }
}
