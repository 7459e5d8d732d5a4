package io.flgen.simulate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A rendered folder as {@code simulate} reads it: the jobs of {@code aml/pipeline.yaml}, the
 * datastores of {@code aml/datastores/}, each job's component spec, and from {@code
 * flgen-manifest.json} the access matrix and the identity each step runs as. Nothing here comes
 * from the topology: an edited folder is read as it is.
 */
final class Bundle {
  static final Pattern PARENT_OUTPUT =
      Pattern.compile("\\$\\{\\{parent\\.jobs\\.([A-Za-z0-9_]+)\\.outputs\\.([A-Za-z0-9_]+)}}");
  static final Pattern DATASTORE_URI =
      Pattern.compile("azureml://datastores/([A-Za-z0-9_]+)/paths/(.*)");
  static final Pattern PARENT_INPUT =
      Pattern.compile("\\$\\{\\{parent\\.inputs\\.([A-Za-z0-9_]+)}}");
  private static final Pattern ROUND_SUFFIX = Pattern.compile("_r(\\d+)$");

  /** A container of a storage account, as the access matrix names it: {@code account/container}. */
  record Container(String account, String name) implements Comparable<Container> {
    @Override
    public String toString() {
      return account + "/" + name;
    }

    @Override
    public int compareTo(Container o) {
      return toString().compareTo(o.toString());
    }
  }

  /** A location in a container. */
  record Location(Container container, String path) {}

  /** One row of the access matrix. */
  record Grant(String principal, Container container, String access) {
    boolean readOnly() {
      return access.equals("read");
    }
  }

  /**
   * An input as the pipeline binds it: a literal, a datastore location, or another job's output.
   */
  sealed interface Binding permits Literal, Stored, Upstream {}

  record Literal(String value) implements Binding {}

  record Stored(Location location) implements Binding {}

  record Upstream(String job, String output) implements Binding {}

  /** A job of the pipeline with its component. */
  record Job(
      String name,
      Path componentDir,
      Map<String, Object> component,
      Map<String, Binding> inputs,
      Map<String, Location> outputs,
      int round) {
    String command() {
      return String.valueOf(component.get("command"));
    }
  }

  final Path root;
  final Map<String, Job> jobs;
  final List<Grant> grants;
  final Map<String, String> identityOfStep;
  final Set<Container> containers;
  final int rounds;

  private Bundle(
      Path root,
      Map<String, Job> jobs,
      List<Grant> grants,
      Map<String, String> identityOfStep,
      Set<Container> containers) {
    this.root = root;
    this.jobs = jobs;
    this.grants = grants;
    this.identityOfStep = identityOfStep;
    this.containers = containers;
    this.rounds = jobs.values().stream().mapToInt(Job::round).max().orElse(0);
  }

  /** The run name {@code ${{name}}} takes in output paths: fixed, so runs are comparable. */
  static final String RUN_NAME = "simulation";

  static Bundle read(Path root) throws SimulationException {
    Path pipeline = root.resolve("aml/pipeline.yaml");
    Path manifest = root.resolve("flgen-manifest.json");
    for (Path p : List.of(pipeline, manifest)) {
      if (!Files.isRegularFile(p)) {
        throw new SimulationException(
            root + " is not a folder flgen render wrote: " + p + " is missing");
      }
    }
    Map<String, Container> stores = datastores(root);
    Map<String, String> assets = assets(root);
    Map<String, Object> m = map(load(manifest), manifest.toString());
    List<Grant> grants = grants(m, manifest);
    Map<String, String> identity = new TreeMap<>();
    for (Object o : list(m.get("readiness"))) {
      Map<String, Object> row = map(o, manifest + ": readiness");
      identity.put(String.valueOf(row.get("step")), String.valueOf(row.get("as")));
    }
    Map<String, Object> p = map(load(pipeline), pipeline.toString());
    Map<String, Object> pipelineInputs =
        p.get("inputs") == null ? Map.of() : map(p.get("inputs"), pipeline + ": inputs");
    Sources sources = new Sources(root, pipeline, stores, assets, pipelineInputs);
    Map<String, Job> jobs = new LinkedHashMap<>();
    for (var e : map(p.get("jobs"), pipeline + ": jobs").entrySet()) {
      jobs.put(e.getKey(), job(sources, e.getKey(), e.getValue()));
    }
    // every container a datastore names or a grant targets (a partner's data container has no
    // datastore)
    Set<Container> containers = new TreeSet<>(stores.values());
    grants.forEach(g -> containers.add(g.container()));
    return new Bundle(root, jobs, grants, identity, containers);
  }

  /** The datastores of {@code aml/datastores/}, by name: the container each one names. */
  private static Map<String, Container> datastores(Path root) throws SimulationException {
    Map<String, Container> stores = new TreeMap<>();
    try (Stream<Path> ds = Files.list(root.resolve("aml/datastores"))) {
      for (Path p : ds.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        Map<String, Object> d = map(load(p), p.toString());
        stores.put(
            String.valueOf(d.get("name")),
            new Container(
                String.valueOf(d.get("account_name")), String.valueOf(d.get("container_name"))));
      }
    } catch (IOException e) {
      throw new SimulationException(
          "cannot read " + root.resolve("aml/datastores") + ": " + e.getMessage());
    }
    return stores;
  }

  /** What a job's inputs and outputs resolve against. */
  private record Sources(
      Path root,
      Path pipeline,
      Map<String, Container> stores,
      Map<String, String> assets,
      Map<String, Object> pipelineInputs) {}

  /** One job of the pipeline: its component spec (inside the folder), inputs and outputs. */
  private static Job job(Sources src, String name, Object raw) throws SimulationException {
    Path pipeline = src.pipeline();
    Path root = src.root();
    String where = pipeline + ": jobs." + name;
    Map<String, Object> j = map(raw, where);
    Path componentSpec =
        root.resolve("aml").resolve(String.valueOf(j.get("component"))).normalize();
    if (!componentSpec.startsWith(root.toAbsolutePath().normalize())
        && !componentSpec.startsWith(root.normalize())) {
      throw new SimulationException(where + ".component leaves the rendered folder");
    }
    if (!Files.isRegularFile(componentSpec)) {
      throw new SimulationException(where + ".component: " + componentSpec + " is missing");
    }
    Map<String, Object> component = map(load(componentSpec), componentSpec.toString());
    Map<String, Binding> inputs = new LinkedHashMap<>();
    Object rawInputs = j.get("inputs");
    if (rawInputs != null) {
      for (var in : map(rawInputs, where + ".inputs").entrySet()) {
        inputs.put(
            in.getKey(),
            binding(
                in.getValue(),
                src.stores(),
                src.assets(),
                src.pipelineInputs(),
                where + ".inputs." + in.getKey()));
      }
    }
    Map<String, Location> outputs = new LinkedHashMap<>();
    Object rawOutputs = j.get("outputs");
    if (rawOutputs != null) {
      for (var out : map(rawOutputs, where + ".outputs").entrySet()) {
        String at = where + ".outputs." + out.getKey();
        Map<String, Object> o = map(out.getValue(), at);
        outputs.put(out.getKey(), location(String.valueOf(o.get("path")), src.stores(), at));
      }
    }
    return new Job(
        name, componentSpec.getParent(), component, inputs, outputs, round(name, inputs));
  }

  /**
   * A job's round: its {@code iteration_num} input, else an {@code _r<N>} name suffix, else 0
   * (before or after the rounds).
   */
  private static int round(String name, Map<String, Binding> inputs) {
    if (inputs.get("iteration_num") instanceof Literal l && l.value().matches("\\d+")) {
      return Integer.parseInt(l.value());
    }
    Matcher m = ROUND_SUFFIX.matcher(name);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** The manifest's access matrix rows on a container ({@code account/container}). */
  private static List<Grant> grants(Map<String, Object> m, Path manifest)
      throws SimulationException {
    List<Grant> grants = new ArrayList<>();
    for (Object o : list(m.get("accessMatrix"))) {
      Map<String, Object> row = map(o, manifest + ": accessMatrix");
      String target = String.valueOf(row.get("target"));
      int slash = target.indexOf('/');
      if (slash > 0) {
        grants.add(
            new Grant(
                String.valueOf(row.get("principal")),
                new Container(target.substring(0, slash), target.substring(slash + 1)),
                String.valueOf(row.get("access"))));
      }
    }
    return grants;
  }

  /**
   * The data assets of {@code aml/data/} (none when the folder has no such folder): each {@code
   * azureml:<name>:<version>} reference with the datastore path it names.
   */
  private static Map<String, String> assets(Path root) throws SimulationException {
    Map<String, String> out = new TreeMap<>();
    Path dir = root.resolve("aml/data");
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> ds = Files.list(dir)) {
      for (Path p : ds.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        Map<String, Object> d = map(load(p), p.toString());
        out.put("azureml:" + d.get("name") + ":" + d.get("version"), String.valueOf(d.get("path")));
      }
    } catch (IOException e) {
      throw new SimulationException("cannot read " + dir + ": " + e.getMessage());
    }
    return out;
  }

  /** A path, or the datastore path of the data asset an {@code azureml:<name>:<version>} names. */
  private static String throughAsset(String path, Map<String, String> assets, String where)
      throws SimulationException {
    if (!path.startsWith("azureml:") || path.startsWith("azureml://")) {
      return path;
    }
    String p = assets.get(path);
    if (p == null) {
      throw new SimulationException(
          where
              + ": data asset "
              + path.substring("azureml:".length())
              + " has no file in aml/data/");
    }
    return p;
  }

  private static Binding binding(
      Object value,
      Map<String, Container> stores,
      Map<String, String> assets,
      Map<String, Object> pipelineInputs,
      String where)
      throws SimulationException {
    Matcher pi = PARENT_INPUT.matcher(String.valueOf(value));
    if (pi.matches()) {
      // a pipeline input (a value set at submission, such as a partner app's client id): its value
      // as written
      Object v = pipelineInputs.get(pi.group(1));
      if (v == null) {
        throw new SimulationException(where + ": the pipeline has no input " + pi.group(1));
      }
      return binding(
          v instanceof Map<?, ?> m && m.containsKey("default") ? m.get("default") : v,
          stores,
          assets,
          Map.of(),
          where);
    }
    if (value instanceof Map<?, ?> mv) {
      if (mv.get("path") != null) {
        return new Stored(
            location(throughAsset(String.valueOf(mv.get("path")), assets, where), stores, where));
      }
      if (mv.containsKey("value")) {
        return new Literal(String.valueOf(mv.get("value")));
      }
      throw new SimulationException(
          where + ": expected a literal, a path or ${{parent.jobs.<job>.outputs.<output>}}");
    }
    String s = String.valueOf(value);
    Matcher m = PARENT_OUTPUT.matcher(s);
    if (m.matches()) {
      return new Upstream(m.group(1), m.group(2));
    }
    if (s.contains("${{")) {
      throw new SimulationException(
          where
              + ": the binding "
              + s
              + " is not simulated (only ${{parent.jobs.<job>.outputs.<output>}})");
    }
    return new Literal(s);
  }

  private static Location location(String uri, Map<String, Container> stores, String where)
      throws SimulationException {
    Matcher m = DATASTORE_URI.matcher(uri);
    if (!m.matches()) {
      throw new SimulationException(
          where + ": expected azureml://datastores/<datastore>/paths/<path>, got " + uri);
    }
    Container c = stores.get(m.group(1));
    if (c == null) {
      throw new SimulationException(
          where + ": datastore " + m.group(1) + " has no file in aml/datastores/");
    }
    String path = m.group(2).replace("${{name}}", RUN_NAME);
    if (path.contains("${{") || path.contains("..") || path.startsWith("/")) {
      throw new SimulationException(where + ": the path " + m.group(2) + " cannot be simulated");
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return new Location(c, path);
  }

  private static Object load(Path p) throws SimulationException {
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
    } catch (IOException | RuntimeException e) {
      throw new SimulationException("cannot read " + p + ": " + e.getMessage());
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o, String where) throws SimulationException {
    if (o instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new SimulationException(where + ": expected a mapping");
  }

  static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }
}
