package io.flgen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The root command. */
@Command(
    name = "flgen",
    mixinStandardHelpOptions = true,
    versionProvider = Flgen.Version.class,
    description = {
      "Generates and validates Federated Learning setups on Azure ML from one topology.yaml.",
      ""
    },
    exitCodeListHeading = "%nExit Codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:Findings at or above the --fail-on severity.",
      "2:Invalid input (usage, topology file, output folder).",
      "3:Internal error (a bug; re-run with --debug)."
    })
public final class Flgen implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = "--verbose",
      description =
          "With --version: also the JVM and the startup archive (AOT cache or AppCDS) it uses.")
  boolean verbose;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The subcommands' names and classes, in the order usage lists them, from {@value
   * #SUBCOMMAND_TABLE}. They are added in code, not through {@code @Command(subcommands)}, so that
   * a run of one command builds (and loads) only that command: picocli reads every subcommand's
   * annotations when it builds a model, and its classes (compiled for Java 5) cannot be linked
   * ahead of time by the AOT cache, so that was the largest cost of a validate start
   * (docs/performance.md).
   */
  private static final Map<String, String> SUBCOMMANDS = subcommandTable();

  static final String SUBCOMMAND_TABLE = "/cli/subcommands.txt";

  /** The configured command line with every subcommand, shared by {@link Main} and the tests. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The configured command line for {@code args}: when the first argument names a command that
   * needs no sibling (all but help and generate-completion), only that subcommand is built; it
   * parses, prints usage and fails exactly as in the full tree (a test compares them).
   */
  public static CommandLine commandLine(String[] args) {
    CommandLine cl = new CommandLine(new Flgen());
    String first = args.length > 0 ? args[0] : "";
    boolean alone =
        SUBCOMMANDS.containsKey(first)
            && !first.equals("help")
            && !first.equals("generate-completion");
    // plain loops, not lambdas: each lambda on the start path is a class spun at run time
    if (!versionOnly(args)) {
      for (Map.Entry<String, String> e : SUBCOMMANDS.entrySet()) {
        if (!alone || e.getKey().equals(first)) {
          cl.addSubcommand(e.getKey(), commandClass(e.getValue()));
        }
      }
    }
    cl.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL_ERROR);
    cl.setExecutionExceptionHandler(Flgen::onException);
    cl.setParameterExceptionHandler(Flgen::onBadUsage);
    return cl;
  }

  /** NAME CLASS per line of the subcommand table; lines starting with # are comments. */
  private static Map<String, String> subcommandTable() {
    Map<String, String> table = new LinkedHashMap<>();
    try (InputStream in = Flgen.class.getResourceAsStream(SUBCOMMAND_TABLE)) {
      if (in == null) {
        throw new IllegalStateException(SUBCOMMAND_TABLE + " is missing from the class path");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] nameAndClass = line.trim().split(" +");
          table.put(nameAndClass[0], nameAndClass[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }

  private static Class<?> commandClass(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(SUBCOMMAND_TABLE + " names a missing class " + name, e);
    }
  }

  /**
   * True for {@code --version} (or {@code -V}) with at most {@code --verbose} beside it: the
   * version needs no subcommand, so none is built (they are most of the cost of building the tree).
   */
  static boolean versionOnly(String[] args) {
    boolean version = false;
    for (String a : args) {
      if (a.equals("--version") || a.equals("-V")) {
        version = true;
      } else if (!a.equals("--verbose")) {
        return false;
      }
    }
    return version;
  }

  private static int onBadUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("flgen: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
    return ExitCodes.INVALID_INPUT;
  }

  private static int onException(Exception e, CommandLine cl, CommandLine.ParseResult pr) {
    boolean debug = Arrays.asList(pr.originalArgs().toArray(new String[0])).contains("--debug");
    PrintWriter err = cl.getErr();
    err.println("flgen: internal error: " + e);
    if (debug) {
      e.printStackTrace(err);
    } else {
      err.println("This is a bug in flgen. Re-run with --debug and report the stack trace.");
    }
    return ExitCodes.INTERNAL_ERROR;
  }

  /** Reads the version from the jar manifest, or "dev" when run from classes. */
  static final class Version implements IVersionProvider {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public String[] getVersion() {
      String v = Flgen.class.getPackage().getImplementationVersion();
      String line = "flgen " + (v == null ? "dev" : v);
      var parsed = spec == null ? null : spec.commandLine().getParseResult();
      if (parsed == null || !parsed.hasMatchedOption("--verbose")) {
        return new String[] {line};
      }
      return new String[] {
        line,
        "java: "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vm.name")
            + ", "
            + System.getProperty("java.vm.info")
            + ") at "
            + System.getProperty("java.home"),
        "startup: "
            + startup(System.getProperty("flgen.startup"), System.getProperty("java.vm.info", ""))
      };
    }

    /**
     * What the launcher asked for, and whether the JVM really maps shared classes: it ignores an
     * archive or cache recorded by another JVM build, and then says no "sharing" in java.vm.info.
     */
    static String startup(String requested, String vmInfo) {
      boolean sharing = vmInfo.contains("sharing");
      if (requested == null) {
        return "not started by ./flgen (no archive requested); class sharing "
            + (sharing ? "on" : "off");
      }
      return requested
          + (sharing
              ? " (in use: class sharing on)"
              : " (NOT in use: the JVM maps no shared classes)");
    }
  }
}
