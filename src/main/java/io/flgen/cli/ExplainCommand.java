package io.flgen.cli;

import io.flgen.docs.RulePages;
import io.flgen.load.Suggest;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints one rule's documentation. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Print a rule's documentation: severity per stage, rationale, fix, equivalents, waiver example."
    },
    exitCodeListHeading = "%nExit Codes:%n",
    exitCodeList = {
      "0:Success.",
      "2:Unknown rule id.",
      "3:Internal error (a bug; re-run with --debug)."
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "Rule id, for example FLG-STO-002.")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
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
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    out.print(RulePages.page(rule.get().info()).substring(RulePages.HEADER_LENGTH));
    out.flush();
    return ExitCodes.OK;
  }
}
