package io.flgen.cli;

import io.flgen.bind.TopologyLoader;
import io.flgen.diag.Diagnostic;
import io.flgen.model.Topology;
import io.flgen.plan.NameCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;

/** Validates a topology: YAML, schema, semantic checks and resolved names. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate a topology file: YAML syntax, the JSON Schema, semantic checks (names, CIDRs,",
      "regions, tenants, waivers) and every resolved Azure resource name.",
      "Errors are printed as FILE:LINE:COL: PATH: MESSAGE, all of them, in source order."
    },
    exitCodeListHeading = "%nExit Codes:%n",
    exitCodeList = {
      "0:The topology is valid.",
      "2:Invalid input: the errors are printed.",
      "3:Internal error (a bug; re-run with --debug)."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "FILE", description = "The topology YAML file.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Validation v = Validation.run(file, LocalDate.now(java.time.ZoneOffset.UTC));
    if (output.format == OutputOptions.Format.json) {
      out.println(json(v));
    } else {
      text(out, v, output.style());
    }
    out.flush();
    return v.diagnostics().isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }

  private void text(PrintWriter out, Validation v, Style s) {
    for (Diagnostic d : v.diagnostics()) {
      out.println(s.bold(d.location().toString()) + ": " + s.dim(d.path()) + ": " + s.red(d.message()));
    }
    if (v.diagnostics().isEmpty()) {
      Topology t = v.topology();
      out.println(
          s.green("valid")
              + ": "
              + v.display()
              + " ("
              + t.metadata().stage().yamlName()
              + " stage, "
              + t.silos().size()
              + " silo(s), "
              + t.metadata().cloud().yamlName()
              + " cloud)");
    } else {
      out.println(s.red(v.diagnostics().size() + " error(s)") + " in " + v.display());
    }
  }

  static String json(Validation v) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("file", v.display());
    root.put("valid", v.diagnostics().isEmpty());
    List<Map<String, Object>> ds = new ArrayList<>();
    for (Diagnostic d : v.diagnostics()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", d.code());
      m.put("file", d.location().file());
      m.put("line", d.location().line());
      m.put("column", d.location().column());
      m.put("path", d.path());
      m.put("message", d.message());
      ds.add(m);
    }
    root.put("diagnostics", ds);
    return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root);
  }

  /** The outcome of validation, shared by every command that reads a topology. */
  record Validation(String display, Topology topology, List<Diagnostic> diagnostics) {
    static Validation run(Path file, LocalDate today) {
      String display = file.toString();
      TopologyLoader.Result r = TopologyLoader.load(file, display, today);
      if (!r.ok()) {
        return new Validation(display, null, r.diagnostics());
      }
      List<Diagnostic> names = NameCheck.check(r.topology(), r.sourceMap());
      return new Validation(display, r.topology(), names);
    }
  }
}
