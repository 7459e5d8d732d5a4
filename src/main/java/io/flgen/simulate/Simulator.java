package io.flgen.simulate;

import io.flgen.simulate.Bundle.Binding;
import io.flgen.simulate.Bundle.Container;
import io.flgen.simulate.Bundle.Grant;
import io.flgen.simulate.Bundle.Job;
import io.flgen.simulate.Bundle.Literal;
import io.flgen.simulate.Bundle.Location;
import io.flgen.simulate.Bundle.Stored;
import io.flgen.simulate.Bundle.Upstream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs a rendered {@code aml/pipeline.yaml} locally, under the access matrix of its {@code
 * flgen-manifest.json}, in copy mode: each step gets a private sandbox holding copies of only the
 * containers its identity is granted (read-only for reader roles), runs its component's {@code
 * command} there, and only its outputs to containers it may write are copied back to the shared
 * store. The shared store lives under the result folder's temporary sibling (mode 0700) and is
 * closed (mode 0000) while no copy is under way; no step is told its path.
 */
public final class Simulator {
  /** How many stderr lines a failing step's message shows. */
  static final int TAIL_LINES = 20;

  /** The marker file that tells a folder simulate wrote, which it may replace. */
  public static final String MARKER = "flgen-simulation.json";

  private static final Pattern OPTIONAL_BLOCK = Pattern.compile("\\$\\[\\[(.*?)]]");
  private static final Pattern INPUT_REF = Pattern.compile("\\$\\{\\{inputs\\.([A-Za-z0-9_]+)}}");
  private static final Pattern OUTPUT_REF = Pattern.compile("\\$\\{\\{outputs\\.([A-Za-z0-9_]+)}}");
  private static final Pattern STORE_PATH =
      Pattern.compile("storage/([A-Za-z0-9-]+)/([A-Za-z0-9-]+)");
  private static final Pattern NO_MODULE =
      Pattern.compile("ModuleNotFoundError: No module named '([^']+)'");

  /** What the user asked for. */
  public record Options(int rounds, int jobs, String python, boolean progress) {}

  /**
   * A finished simulation: the steps run, the rounds simulated, the parity table if one was
   * written.
   */
  public record Result(
      Path dir,
      List<String> steps,
      int rounds,
      String mode,
      List<String> roundLines,
      String parityMarkdown) {}

  private final Bundle bundle;
  private final Options options;
  private final PrintWriter err;
  private final Map<String, Job> jobs;
  private final int rounds;
  private Path storage;
  private Path sandboxes;
  private Path logs;
  private int openCopies;
  private int done;

  private Simulator(Bundle bundle, Options options, PrintWriter err) throws SimulationException {
    this.bundle = bundle;
    this.options = options;
    this.err = err;
    this.rounds = options.rounds() > 0 ? Math.min(options.rounds(), bundle.rounds) : bundle.rounds;
    this.jobs = select(bundle, rounds);
  }

  /** Set to {@code copy} to force copy mode where namespaces would work. */
  public static final String ISOLATION_VAR = "FLGEN_SIMULATE_ISOLATION";

  private static final String NAMESPACE_SCRIPT =
      String.join(
          "\n",
          "R=$1; B=$2; N=$3; shift 3",
          "mount -t tmpfs -o size=16m,mode=0755 flgen \"$R\"",
          "i=0",
          "while [ \"$i\" -lt \"$N\" ]; do",
          "  d=$1; shift; i=$((i+1))",
          "  if [ -L \"$d\" ]; then mkdir -p \"$R$(dirname \"$d\")\"; ln -s \"$(readlink \"$d\")\" \"$R$d\"",
          "  elif [ -d \"$d\" ]; then mkdir -p \"$R$d\"; mount --rbind \"$d\" \"$R$d\"; mount -o remount,bind,ro \"$R$d\"; fi",
          "done",
          "mkdir -p \"$R/sandbox\" \"$R/dev\" \"$R/tmp\" \"$R/proc\"",
          "mount --bind \"$B\" \"$R/sandbox\"",
          "for f in null zero random urandom; do touch \"$R/dev/$f\"; mount --bind \"/dev/$f\" \"$R/dev/$f\"; done",
          "mount -t proc proc \"$R/proc\"",
          "exec chroot \"$R\" sh -c 'cd /sandbox/code && exec \"$@\"' sh \"$@\"");
  private static final List<String> SYSTEM_DIRS =
      List.of("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/etc");
  private static volatile String unshareFlags;

  /**
   * Whether steps run in their own mount and PID namespace (Linux {@code unshare}: {@code -mpf} as
   * root, {@code -Urmpf} in a user namespace otherwise), else copy mode.
   */
  public static boolean namespaces() {
    if (unshareFlags == null) {
      String found = "";
      if (!"copy".equals(System.getenv(ISOLATION_VAR))) {
        for (String flags : List.of("-mpf", "-Urmpf")) {
          try {
            Process p =
                new ProcessBuilder(
                        "unshare", "--kill-child", flags, "--propagation", "private", "--", "true")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (p.waitFor() == 0) {
              found = flags;
              break;
            }
          } catch (IOException e) {
            break;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
      }
      unshareFlags = found;
    }
    return !unshareFlags.isEmpty();
  }

  /** The isolation mode in force, as {@code simulate} prints it. */
  public static String mode() {
    return namespaces()
        ? "namespace mode (each step sees a private root: system folders and Python read-only, and its own sandbox"
            + " of granted containers at /sandbox; the shared store is not mounted)"
        : "copy mode (private copies of granted containers; the shared store is only hidden, not isolated:"
            + " unshare with mount namespaces is not available here)";
  }

  /**
   * Simulates the rendered folder {@code rendered} into {@code out}, which is written only when
   * every step succeeded and replaced in one rename; a folder simulate did not write is never
   * touched.
   */
  public static Result run(Path rendered, Path out, Options options, PrintWriter err)
      throws SimulationException {
    Bundle bundle = Bundle.read(rendered);
    Simulator s = new Simulator(bundle, options, err);
    s.checkAccess();
    s.checkPython();
    return s.execute(out.toAbsolutePath().normalize());
  }

  /** Why {@code out} cannot take a simulation, or null. */
  public static String refusal(Path out) {
    if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)
        || !Files.isRegularFile(out.resolve(MARKER))) {
      return out
          + " exists and is not a folder flgen simulate wrote (no "
          + MARKER
          + "): choose another -o";
    }
    return null;
  }

  /**
   * The jobs up to round {@code n}; a later job's output that a kept job reads is taken from round
   * n.
   */
  private static Map<String, Job> select(Bundle bundle, int n) throws SimulationException {
    Map<String, Job> kept = new LinkedHashMap<>();
    for (Job j : bundle.jobs.values()) {
      if (j.round() <= n) {
        kept.put(j.name(), j);
      }
    }
    Map<String, Job> out = new LinkedHashMap<>();
    for (Job j : kept.values()) {
      Map<String, Binding> in = new LinkedHashMap<>();
      for (var e : j.inputs().entrySet()) {
        Binding b = e.getValue();
        if (b instanceof Upstream u && !kept.containsKey(u.job())) {
          String renamed = u.job().replaceAll("_r\\d+$", "_r" + n);
          if (!kept.containsKey(renamed)) {
            throw new SimulationException(
                "step "
                    + j.name()
                    + " reads "
                    + u.job()
                    + ", which --rounds "
                    + n
                    + " leaves out, and there is no "
                    + renamed);
          }
          b = new Upstream(renamed, u.output());
        } else if (b instanceof Upstream u
            && !bundle.jobs.get(u.job()).outputs().containsKey(u.output())) {
          throw new SimulationException(
              "step "
                  + j.name()
                  + " reads "
                  + u.job()
                  + ".outputs."
                  + u.output()
                  + ", which that job does not declare");
        }
        in.put(e.getKey(), b);
      }
      out.put(
          j.name(), new Job(j.name(), j.componentDir(), j.component(), in, j.outputs(), j.round()));
    }
    for (Job j : out.values()) {
      for (Binding b : j.inputs().values()) {
        if (b instanceof Upstream u && !bundle.jobs.containsKey(u.job())) {
          throw new SimulationException("step " + j.name() + " reads the unknown job " + u.job());
        }
      }
    }
    return out;
  }

  private Location location(Binding b) {
    if (b instanceof Stored s) {
      return s.location();
    }
    if (b instanceof Upstream u) {
      return jobs.get(u.job()).outputs().get(u.output());
    }
    return null;
  }

  private String identity(Job j) throws SimulationException {
    String id = bundle.identityOfStep.get(j.name());
    if (id == null) {
      throw new SimulationException(
          "step "
              + j.name()
              + " has no identity in flgen-manifest.json (readiness lists no step "
              + j.name()
              + "): re-render the folder");
    }
    return id;
  }

  /**
   * The containers an identity is granted, each with whether the grant is read-only. A step that
   * acts as two principals (readiness {@code "id-x + app-y"}: a cross-tenant silo's compute
   * identity and the partner app it federates to) holds the grants of both.
   */
  private Map<Container, Boolean> granted(String identity) {
    Set<String> principals = Set.of(identity.split(" \\+ "));
    Map<Container, Boolean> g = new TreeMap<>();
    for (Grant r : bundle.grants) {
      if (principals.contains(r.principal())) {
        g.merge(r.container(), r.readOnly(), (a, b) -> a && b);
      }
    }
    return g;
  }

  /**
   * Every step's inputs and outputs must be covered by its identity's rows: the matrix is
   * sufficient.
   */
  private void checkAccess() throws SimulationException {
    List<String> missing = new ArrayList<>();
    for (Job j : jobs.values()) {
      String id = identity(j);
      Map<Container, Boolean> g = granted(id);
      for (var e : j.inputs().entrySet()) {
        Location l = location(e.getValue());
        if (l != null && !g.containsKey(l.container())) {
          missing.add(denial(j.name(), id, l.container(), "read", "input " + e.getKey()));
        }
      }
      for (var e : j.outputs().entrySet()) {
        Container c = e.getValue().container();
        if (!Boolean.FALSE.equals(g.get(c))) {
          missing.add(denial(j.name(), id, c, "write", "output " + e.getKey()));
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new SimulationException(String.join("\n", missing));
    }
  }

  static String denial(String step, String identity, Container c, String access, String what) {
    return "step "
        + step
        + " (identity "
        + identity
        + ") needs "
        + access
        + " access to container "
        + c
        + " for its "
        + what
        + ": the access matrix has no row "
        + identity
        + " -> "
        + c
        + " ("
        + access
        + ")";
  }

  private void checkPython() throws SimulationException {
    try {
      Process p =
          new ProcessBuilder(options.python(), "-c", "import sys")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (p.waitFor() != 0) {
        throw new SimulationException(
            "the Python at " + options.python() + " does not run (exit " + p.exitValue() + ")");
      }
    } catch (IOException e) {
      throw new SimulationException(
          "no Python found at "
              + options.python()
              + " ("
              + e.getMessage()
              + "): "
              + Python.SETUP
              + ", or set "
              + Python.ENV_VAR);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SimulationException("interrupted");
    }
  }

  private Result execute(Path out) throws SimulationException {
    Path parent = out.getParent();
    String refusal = refusal(out);
    if (refusal != null) {
      throw new SimulationException(refusal);
    }
    Path tmp = null;
    Path sandboxRoot = null;
    try {
      Files.createDirectories(parent);
      tmp =
          Files.createTempDirectory(
              parent,
              "." + out.getFileName() + ".flgen-sim-",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      sandboxRoot =
          Files.createTempDirectory(
              "flgen-sandboxes-",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      storage = tmp.resolve("storage");
      logs = tmp.resolve("logs");
      sandboxes = sandboxRoot;
      Files.createDirectories(logs);
      for (Container c : bundle.containers) {
        Files.createDirectories(storage.resolve(c.account()).resolve(c.name()));
      }
      for (Job j : jobs.values()) {
        for (Binding b : j.inputs().values()) {
          if (b instanceof Stored s) {
            Files.createDirectories(storeDir(s.location()));
          }
        }
      }
      closeStore();
      List<String> order = schedule();
      openStore();
      Result r = finish(tmp, out, order);
      tmp = null;
      return r;
    } catch (IOException e) {
      throw new SimulationException("cannot write " + out + ": " + e.getMessage());
    } finally {
      if (tmp != null) {
        deleteQuietly(tmp);
      }
      if (sandboxRoot != null) {
        deleteQuietly(sandboxRoot);
      }
    }
  }

  /**
   * Runs the steps as the DAG allows, at most {@code jobs} at a time; returns the order they
   * finished in.
   */
  private List<String> schedule() throws SimulationException {
    Map<String, Set<String>> waiting = dependencies();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.jobs()));
    CompletionService<String> cs = new ExecutorCompletionService<>(pool);
    List<String> finished = new ArrayList<>();
    int running = 0;
    try {
      while (!waiting.isEmpty() || running > 0) {
        for (var it = waiting.entrySet().iterator(); it.hasNext(); ) {
          var e = it.next();
          if (finished.containsAll(e.getValue())) {
            Job j = jobs.get(e.getKey());
            cs.submit(
                () -> {
                  runStep(j);
                  return j.name();
                });
            running++;
            it.remove();
          }
        }
        if (running == 0) {
          throw new SimulationException("the pipeline has a cycle among " + waiting.keySet());
        }
        Future<String> f = cs.take();
        running--;
        try {
          finished.add(f.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof StepFailure sf) {
            throw new SimulationException(sf.getMessage(), true);
          }
          throw new SimulationException("simulation failed: " + e.getCause(), true);
        }
        progress(finished.get(finished.size() - 1));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SimulationException("interrupted");
    } finally {
      stop(pool);
    }
    return finished;
  }

  /** Each job's upstream jobs, in pipeline order. */
  private Map<String, Set<String>> dependencies() {
    Map<String, Set<String>> waiting = new LinkedHashMap<>();
    for (Job j : jobs.values()) {
      Set<String> deps = new TreeSet<>();
      for (Binding b : j.inputs().values()) {
        if (b instanceof Upstream u) {
          deps.add(u.job());
        }
      }
      waiting.put(j.name(), deps);
    }
    return waiting;
  }

  /** Stops the steps still running and clears the progress line. */
  private void stop(ExecutorService pool) {
    pool.shutdownNow();
    try {
      pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (options.progress()) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  private synchronized void progress(String step) {
    done++;
    if (options.progress()) {
      err.print(
          "\r\033[Kround "
              + jobs.get(step).round()
              + "/"
              + rounds
              + " step "
              + done
              + "/"
              + jobs.size()
              + " "
              + step);
      err.flush();
    }
  }

  /** A step that failed; the message names it and shows its stderr tail. */
  static final class StepFailure extends Exception {
    private static final long serialVersionUID = 1L;

    StepFailure(String message) {
      super(message);
    }
  }

  private Path storeDir(Location l) {
    return storage.resolve(l.container().account()).resolve(l.container().name()).resolve(l.path());
  }

  private static Path sandboxDir(Path sandbox, Location l) {
    return sandbox
        .resolve("storage")
        .resolve(l.container().account())
        .resolve(l.container().name())
        .resolve(l.path());
  }

  private synchronized void openStore() throws IOException {
    if (openCopies++ == 0) {
      Files.setPosixFilePermissions(storage, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private synchronized void closeStore() throws IOException {
    if (openCopies > 0) {
      openCopies--;
    }
    if (openCopies == 0) {
      Files.setPosixFilePermissions(storage, PosixFilePermissions.fromString("---------"));
    }
  }

  private void runStep(Job j) throws StepFailure, IOException, SimulationException {
    String id = identity(j);
    Map<Container, Boolean> g = granted(id);
    Path sandbox = Files.createDirectory(sandboxes.resolve(j.name()));
    Path code = sandbox.resolve("code");
    copyTree(j.componentDir(), code);
    Files.createDirectories(sandbox.resolve("tmp"));
    Map<Container, Map<String, String>> readOnly = fill(sandbox, g);
    for (Location l : j.outputs().values()) {
      Files.createDirectories(sandboxDir(sandbox, l));
    }
    boolean ns = namespaces();
    List<String> command = command(j, ns ? Path.of("/sandbox") : sandbox);
    if (ns) {
      command = isolated(j, sandbox, command);
    }
    Path errLog = logs.resolve(j.name() + ".err");
    int exit = run(j, command, code, sandbox, errLog);
    List<String> problems = new ArrayList<>();
    for (var e : readOnly.entrySet()) {
      Path dir = containerDir(sandbox, e.getKey());
      setWritable(dir, true);
      if (!fingerprint(dir).equals(e.getValue())) {
        problems.add(
            "step "
                + j.name()
                + " (identity "
                + id
                + ") changed container "
                + e.getKey()
                + ", which it may only read: the access matrix grants "
                + id
                + " -> "
                + e.getKey()
                + " read only");
      }
    }
    String stderr = Files.readString(errLog, StandardCharsets.UTF_8);
    if (exit != 0 || !problems.isEmpty()) {
      if (exit != 0) {
        problems.add(
            0, "step " + j.name() + " (identity " + id + ") failed with exit code " + exit);
      }
      problems.addAll(explain(j, id, g, stderr));
      problems.add("stderr of " + j.name() + " (last " + TAIL_LINES + " lines):\n" + tail(stderr));
      throw new StepFailure(String.join("\n", problems));
    }
    publish(j, sandbox);
    deleteQuietly(sandbox);
  }

  private static Path containerDir(Path sandbox, Container c) {
    return sandbox.resolve("storage").resolve(c.account()).resolve(c.name());
  }

  /**
   * Copies the granted containers into the sandbox and makes the read-only ones unwritable; their
   * fingerprints, to tell afterwards whether the step changed them.
   */
  private Map<Container, Map<String, String>> fill(Path sandbox, Map<Container, Boolean> g)
      throws IOException {
    openStore();
    try {
      for (Container c : g.keySet()) {
        copyTree(storage.resolve(c.account()).resolve(c.name()), containerDir(sandbox, c));
      }
    } finally {
      closeStore();
    }
    Map<Container, Map<String, String>> readOnly = new TreeMap<>();
    for (var e : g.entrySet()) {
      if (e.getValue()) {
        Path dir = containerDir(sandbox, e.getKey());
        readOnly.put(e.getKey(), fingerprint(dir));
        setWritable(dir, false);
      }
    }
    return readOnly;
  }

  /** The command run inside private mount and PID namespaces, with the sandbox as its root. */
  private List<String> isolated(Job j, Path sandbox, List<String> command) throws IOException {
    Path root = Files.createDirectory(sandboxes.resolve(".root-" + j.name()));
    List<String> wrapped =
        new ArrayList<>(
            List.of(
                "unshare",
                "--kill-child",
                unshareFlags,
                "--propagation",
                "private",
                "--",
                "sh",
                "-ec",
                NAMESPACE_SCRIPT,
                "sh",
                root.toString(),
                sandbox.toString()));
    List<String> binds = pythonDirs();
    wrapped.add(String.valueOf(binds.size()));
    wrapped.addAll(binds);
    wrapped.addAll(command);
    return wrapped;
  }

  /** Runs the step's process with a clean environment; its exit code. */
  private int run(Job j, List<String> command, Path code, Path sandbox, Path errLog)
      throws IOException, StepFailure {
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(code.toFile())
            .redirectOutput(logs.resolve(j.name() + ".out").toFile())
            .redirectError(errLog.toFile());
    Map<String, String> env = pb.environment();
    String path = env.getOrDefault("PATH", "/usr/bin:/bin");
    env.clear();
    env.put("PATH", path);
    env.put("HOME", sandbox.toString());
    env.put("TMPDIR", sandbox.resolve("tmp").toString());
    env.put("LANG", "C.UTF-8");
    env.put("PYTHONHASHSEED", "0");
    env.put("PYTHONDONTWRITEBYTECODE", "1");
    Process process = pb.start();
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      // another step failed: stop this one before its sandbox and the store are removed
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new StepFailure("step " + j.name() + " was stopped");
    }
  }

  /** Copies the step's outputs from its sandbox into the store. */
  private void publish(Job j, Path sandbox) throws IOException {
    openStore();
    try {
      for (Location l : j.outputs().values()) {
        Path target = storeDir(l);
        deleteQuietly(target);
        copyTree(sandboxDir(sandbox, l), target);
      }
    } finally {
      closeStore();
    }
  }

  /**
   * The folders a step's private root shows read-only: the system's and the Python installation's.
   */
  private List<String> pythonDirs() {
    List<String> dirs = new ArrayList<>(SYSTEM_DIRS);
    Path py = Path.of(options.python());
    if (!py.isAbsolute()) {
      for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
        if (!d.isEmpty() && Files.isExecutable(Path.of(d, options.python()))) {
          py = Path.of(d, options.python());
          break;
        }
      }
    }
    Path venv =
        py.toAbsolutePath().getParent() == null
            ? null
            : py.toAbsolutePath().getParent().getParent();
    if (venv != null && Files.isRegularFile(venv.resolve("pyvenv.cfg"))) {
      dirs.add(venv.toString());
    }
    try {
      Path prefix = py.toRealPath().getParent().getParent();
      if (prefix != null && !prefix.toString().equals("/") && !prefix.toString().equals("/usr")) {
        dirs.add(prefix.toString());
      }
    } catch (IOException e) {
      // the step's own failure will say the Python is missing
    }
    return dirs;
  }

  /** What a failing step's stderr says about access and packages. */
  private List<String> explain(Job j, String id, Map<Container, Boolean> g, String stderr) {
    Set<String> lines = new LinkedHashSet<>();
    Matcher m = STORE_PATH.matcher(stderr);
    while (m.find()) {
      Container c = new Container(m.group(1), m.group(2));
      if (bundle.containers.contains(c) && !g.containsKey(c)) {
        lines.add(
            "step "
                + j.name()
                + " (identity "
                + id
                + ") opened container "
                + c
                + ", which is not in its sandbox: the access matrix has no row "
                + id
                + " -> "
                + c);
      }
    }
    Matcher mod = NO_MODULE.matcher(stderr);
    if (mod.find()) {
      lines.add(
          "step "
              + j.name()
              + ": the Python at "
              + options.python()
              + " lacks the package '"
              + mod.group(1)
              + "': "
              + Python.SETUP
              + ", or set "
              + Python.ENV_VAR);
    }
    return new ArrayList<>(lines);
  }

  static String tail(String text) {
    String[] lines = text.strip().split("\n");
    return String.join(
        "\n", Arrays.copyOfRange(lines, Math.max(0, lines.length - TAIL_LINES), lines.length));
  }

  /** The component's command with its inputs and outputs bound as Azure ML binds them. */
  List<String> command(Job j, Path sandbox) throws StepFailure {
    Map<String, String> values = inputValues(j, sandbox);
    StringBuilder sb = new StringBuilder();
    Matcher ob = OPTIONAL_BLOCK.matcher(j.command());
    while (ob.find()) {
      Matcher refs = INPUT_REF.matcher(ob.group(1));
      boolean all = true;
      while (refs.find()) {
        all &= values.containsKey(refs.group(1));
      }
      ob.appendReplacement(sb, Matcher.quoteReplacement(all ? ob.group(1) : ""));
    }
    ob.appendTail(sb);
    List<String> args = new ArrayList<>();
    for (String token : sb.toString().trim().split("\\s+")) {
      args.add(outputs(j, inputs(j, token, values), sandbox));
    }
    if (!args.isEmpty() && (args.get(0).equals("python") || args.get(0).equals("python3"))) {
      args.set(0, options.python());
    }
    return args;
  }

  /** Each input's value: the component's default, overridden by what the pipeline binds. */
  private Map<String, String> inputValues(Job j, Path sandbox) {
    Map<String, Object> declared = new TreeMap<>();
    Object specInputs = j.component().get("inputs");
    if (specInputs instanceof Map<?, ?> m) {
      m.forEach((k, v) -> declared.put(String.valueOf(k), v));
    }
    Map<String, String> values = new TreeMap<>();
    for (var e : declared.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> spec && spec.get("default") != null) {
        values.put(e.getKey(), String.valueOf(spec.get("default")));
      }
    }
    for (var e : j.inputs().entrySet()) {
      Location l = location(e.getValue());
      values.put(
          e.getKey(),
          l != null ? sandboxDir(sandbox, l).toString() : ((Literal) e.getValue()).value());
    }
    return values;
  }

  /** A command token with its input references replaced by their values. */
  private static String inputs(Job j, String token, Map<String, String> values) throws StepFailure {
    return substitute(
        INPUT_REF,
        token,
        values::get,
        name ->
            "step "
                + j.name()
                + ": the component's command needs input "
                + name
                + ", which the pipeline does not bind and the component does not mark optional");
  }

  /** A command token with its output references replaced by their sandbox folders. */
  private static String outputs(Job j, String token, Path sandbox) throws StepFailure {
    return substitute(
        OUTPUT_REF,
        token,
        name -> {
          Location l = j.outputs().get(name);
          return l == null ? null : sandboxDir(sandbox, l).toString();
        },
        name ->
            "step "
                + j.name()
                + ": the component's command writes output "
                + name
                + ", which the pipeline does not bind");
  }

  /**
   * {@code token} with each match of {@code ref} replaced by the value of the name it captures; a
   * name without a value fails the step with {@code missing}'s message.
   */
  private static String substitute(
      Pattern ref,
      String token,
      java.util.function.Function<String, String> value,
      java.util.function.Function<String, String> missing)
      throws StepFailure {
    Matcher m = ref.matcher(token);
    StringBuilder t = new StringBuilder();
    while (m.find()) {
      String v = value.apply(m.group(1));
      if (v == null) {
        throw new StepFailure(missing.apply(m.group(1)));
      }
      m.appendReplacement(t, Matcher.quoteReplacement(v));
    }
    m.appendTail(t);
    return t.toString();
  }

  private Result finish(Path tmp, Path out, List<String> order)
      throws IOException, SimulationException {
    Map<Integer, Map<String, Object>> byRound = new TreeMap<>();
    List<String> roundLines = new ArrayList<>();
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    String parity = null;
    for (Job j : jobs.values()) {
      for (var e : j.outputs().entrySet()) {
        Path dir = storeDir(e.getValue());
        Path meta = dir.resolve("metadata.json");
        if (j.round() > 0 && Files.isRegularFile(meta)) {
          Object m = yaml.load(Files.readString(meta, StandardCharsets.UTF_8));
          byRound.computeIfAbsent(j.round(), k -> new TreeMap<>()).put(j.name(), m);
          if (m instanceof Map<?, ?> mm && mm.get("updates") != null) {
            roundLines.add(
                "round "
                    + j.round()
                    + "/"
                    + rounds
                    + ": "
                    + j.name()
                    + " averaged "
                    + mm.get("updates")
                    + " update(s) over "
                    + mm.get("samples")
                    + " samples");
          }
        }
        if (Files.isRegularFile(dir.resolve("parity.json"))) {
          Files.copy(dir.resolve("parity.json"), tmp.resolve("parity.json"));
          if (Files.isRegularFile(dir.resolve("parity.md"))) {
            Files.copy(dir.resolve("parity.md"), tmp.resolve("parity.md"));
            parity = Files.readString(dir.resolve("parity.md"), StandardCharsets.UTF_8);
          }
        }
      }
    }
    Map<String, Object> perRound = new LinkedHashMap<>();
    byRound.forEach((r, steps) -> perRound.put("round-" + r, steps));
    Map<String, Object> marker = new LinkedHashMap<>();
    marker.put("format", "flgen-simulation/1");
    marker.put("rendered", bundle.root.toAbsolutePath().normalize().toString());
    marker.put("rounds", rounds);
    marker.put("mode", "copy");
    marker.put("steps", new ArrayList<>(jobs.keySet()));
    Files.writeString(tmp.resolve(MARKER), Json.write(marker), StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("metrics.json"), Json.write(perRound), StandardCharsets.UTF_8);
    Path old = null;
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      old = out.resolveSibling("." + out.getFileName() + ".flgen-sim-old");
      deleteQuietly(old);
      Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
    if (old != null) {
      deleteQuietly(old);
    }
    return new Result(out, order, rounds, mode(), roundLines, parity);
  }

  // --- files

  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isSymbolicLink(p)) {
          continue;
        }
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static Map<String, String> fingerprint(Path dir) throws IOException {
    Map<String, String> f = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted().toList()) {
        String rel = dir.relativize(p).toString();
        f.put(rel, Files.isRegularFile(p) ? sha256(p) : "dir");
      }
    }
    return f;
  }

  private static String sha256(Path p) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void setWritable(Path dir, boolean writable) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        boolean d = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
        Files.setPosixFilePermissions(
            p,
            PosixFilePermissions.fromString(
                writable ? (d ? "rwx------" : "rw-------") : (d ? "r-x------" : "r--------")));
      }
    }
  }

  /** Deletes a tree, read-only parts included; best effort. */
  public static void deleteQuietly(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | UncheckedIOException e) {
      // best effort: a leftover temporary folder is named .<out>.flgen-sim-* and harmless
    }
  }
}
