package io.flgen.cli;

import io.flgen.render.OutputFolder;
import io.flgen.render.Renderer;
import io.flgen.simulate.Python;
import io.flgen.simulate.SimulationException;
import io.flgen.simulate.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs a rendered pipeline locally under the access matrix. */
@Command(
    name = "simulate",
    description = {
      "Run the rendered aml/pipeline.yaml locally under the access matrix.",
      "",
      "Given a topology, renders it to a temporary folder first; given a folder",
      "flgen render wrote, runs that folder as it is (edited components included).",
      "Each step runs its component's command with the Python of FLGEN_PYTHON,",
      "else .venv/bin/python, else python3, in a private sandbox holding copies",
      "of only the containers its identity is granted (copy mode). DIR receives",
      "storage/, logs/, metrics.json, parity.json and parity.md, all at once."
    },
    exitCodeList = {
      "0:Every step succeeded.",
      "1:A step failed, or touched a container its identity may not (the message names it).",
      "2:Invalid input (topology errors, findings stopping the render, a folder that is not a render,",
      "  an access matrix that misses a row a step needs, no Python, a DIR flgen will not replace).",
      "3:Internal error (a bug; re-run with --debug)."
    })
final class SimulateCommand extends CliCommand {
  @Mixin CheckOptions check;

  @Parameters(
      index = "0",
      paramLabel = "TOPOLOGY|RENDERED_DIR",
      description = "A topology YAML file, or a folder flgen render wrote.")
  Path input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Result folder (default: out/simulate/<name of the topology or folder>).")
  Path dir;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description =
          "Simulate rounds 1..N only; steps after the rounds read round N's model (default: all).")
  int rounds;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      defaultValue = "2",
      description = "Steps run at once (default: ${DEFAULT-VALUE}).")
  int jobs;

  @Override
  int run(PrintWriter out, PrintWriter err) throws IOException {
    if (rounds < 0 || jobs < 1) {
      err.println("flgen: --rounds must be 0 or more and --jobs 1 or more");
      return ExitCodes.INVALID_INPUT;
    }
    String name =
        Files.isDirectory(input)
            ? input.toAbsolutePath().normalize().getFileName().toString()
            : input.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    Path target = dir != null ? dir : Path.of("out", "simulate", name);
    String refusal = Simulator.refusal(target);
    if (refusal != null) {
      return invalid(err, refusal);
    }
    Path rendered = input;
    Path temp = null;
    try {
      if (!Files.isDirectory(input)) {
        temp = Files.createTempDirectory("flgen-simulate-render-");
        rendered = temp.resolve("rendered");
        int code = renderInto(rendered, out, err);
        if (code != ExitCodes.OK) {
          return code;
        }
      }
      String python = Python.locate(System.getenv(), Path.of(""));
      out.println("simulate: " + Simulator.mode() + "; python " + python);
      out.flush();
      Simulator.Result r =
          Simulator.run(
              rendered,
              target,
              new Simulator.Options(rounds, jobs, python, System.console() != null),
              err);
      out.println(
          "simulated "
              + r.steps().size()
              + " step(s) over "
              + r.rounds()
              + " round(s) -> "
              + r.dir());
      r.roundLines().forEach(l -> out.println("  " + l));
      if (r.parityMarkdown() != null) {
        out.print(r.parityMarkdown());
      }
      return ExitCodes.OK;
    } catch (SimulationException e) {
      err.println("flgen: " + e.getMessage());
      return e.stepFailed() ? ExitCodes.FINDINGS : ExitCodes.INVALID_INPUT;
    } finally {
      if (temp != null) {
        io.flgen.simulate.Simulator.deleteQuietly(temp);
      }
    }
  }

  /** Validates, checks and renders the topology into {@code rendered}, as render would. */
  private int renderInto(Path rendered, PrintWriter out, PrintWriter err) throws IOException {
    String problem = check.problem();
    if (problem != null) {
      return invalid(err, problem);
    }
    io.flgen.compile.Compilation v = ValidateCommand.forRendering(input, out, err, "simulated");
    if (v == null) {
      return ExitCodes.INVALID_INPUT;
    }
    if (check.fails(check.rules(v))) {
      err.println(
          "flgen: findings at or above --fail-on "
              + check.threshold().label()
              + " stop the render (flgen validate lists them); nothing simulated");
      return ExitCodes.INVALID_INPUT;
    }
    OutputFolder.write(rendered, Renderer.render(v.plan(), Renderer.GENERATOR, v.source()));
    return ExitCodes.OK;
  }
}
