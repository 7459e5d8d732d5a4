package io.flgen.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The digits starter kit: {@code aml/components/<step>/} with the command component spec (the
 * contract of docs/components.md, kept in the jar's {@code starter-kit/specs.yaml}), its Python
 * source and a pinned conda environment. The Python sources are resources of the jar, written
 * byte-identically; only the spec's positional inputs depend on the topology (how many silos the
 * aggregate and parity steps can take).
 */
final class StarterKit {
  static final String COMPONENT_SCHEMA =
      "https://azuremlschemas.azureedge.net/latest/commandComponent.schema.json";

  /** A curated Azure ML base image (CPU, Ubuntu 22.04); the conda file on top of it is pinned. */
  static final String BASE_IMAGE = "mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:20241202.v1";

  /** The positional inputs of aggregate and parity come in blocks of this many. */
  static final int POSITIONAL_BLOCK = 32;

  private static final String RESOURCES = "/starter-kit/";

  private StarterKit() {}

  /**
   * How many update_/metrics_ inputs the specs declare for {@code silos} silos: a whole number of
   * blocks.
   */
  static int positional(int silos) {
    return Math.max(1, (silos + POSITIONAL_BLOCK - 1) / POSITIONAL_BLOCK) * POSITIONAL_BLOCK;
  }

  static void write(GeneratedFiles out, Map<String, Object> specs) {
    for (var e : specs.entrySet()) {
      String dir = "aml/components/" + e.getKey() + "/";
      out.put(dir + "spec.yaml", AmlWriter.header() + AmlWriter.dump(e.getValue()));
      out.put(dir + e.getKey() + ".py", resource(e.getKey() + ".py"));
      out.put(dir + "flkit.py", resource("flkit.py"));
      out.put(dir + "conda.yaml", resource("conda.yaml"));
    }
  }

  /** The five component specs, in step order. */
  static Map<String, Object> specs(int silos) {
    int n = positional(silos);
    Map<String, Object> contract = Contract.SPECS;
    Map<String, Object> specs = new LinkedHashMap<>();
    map(contract.get("steps"))
        .forEach((step, s) -> specs.put(step, spec(step, map(s), map(contract.get("access")), n)));
    return specs;
  }

  /** specs.yaml, read on first use. */
  private static final class Contract {
    static final Map<String, Object> SPECS = map(new Yaml().load(resource("specs.yaml")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object yaml) {
    return (Map<String, Object>) yaml;
  }

  /** The spec of {@code step}, from its entry in specs.yaml. */
  private static Fields spec(
      String step, Map<String, Object> s, Map<String, Object> access, int n) {
    Fields ins = Fields.of();
    if (Boolean.TRUE.equals(s.get("access"))) {
      ins.putAll(access);
    }
    if (s.containsKey("positional")) {
      // one optional folder per silo position: prefix1 to prefixN
      Map<String, Object> p = map(s.get("positional"));
      for (int i = 1; i <= n; i++) {
        ins.with(
            p.get("prefix").toString() + i,
            Fields.of()
                .with("type", "uri_folder")
                .with("optional", true)
                .with("description", p.get("what") + " of the silo at position " + i));
      }
    }
    ins.putAll(map(s.getOrDefault("inputs", Map.of())));
    Fields outs = Fields.of();
    map(s.get("outputs"))
        .forEach(
            (name, d) ->
                outs.with(name, Fields.of().with("type", "uri_folder").with("description", d)));
    return Fields.of()
        .with("$schema", COMPONENT_SCHEMA)
        .with("type", "command")
        .with("name", "flgen_digits_" + step)
        .with("version", "1")
        .with("display_name", "flgen digits " + step)
        .with(
            "description",
            s.get("description") + " (flgen starter kit; contract in docs/components.md)")
        .with("inputs", ins)
        .with("outputs", outs)
        .with("code", ".")
        .with("environment", Fields.of().with("image", BASE_IMAGE).with("conda_file", "conda.yaml"))
        .with("command", command(step, ins, outs));
  }

  /** {@code python <step>.py} with every input and output, an optional input in $[[…]]. */
  private static String command(String step, Fields ins, Fields outs) {
    StringBuilder cmd = new StringBuilder("python " + step + ".py");
    for (var e : ins.entrySet()) {
      boolean optional = Boolean.TRUE.equals(map(e.getValue()).get("optional"));
      String arg = "--" + e.getKey() + " ${{inputs." + e.getKey() + "}}";
      cmd.append(optional ? " $[[" + arg + "]]" : " " + arg);
    }
    for (String o : outs.keySet()) {
      cmd.append(" --").append(o).append(" ${{outputs.").append(o).append("}}");
    }
    return cmd.toString();
  }

  private static String resource(String name) {
    try (InputStream in = StarterKit.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing starter-kit resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
