package io.flgen.render;

import io.flgen.plan.DataAssetPlan;
import io.flgen.plan.DatastorePlan;
import io.flgen.plan.Plan;
import io.flgen.plan.StepPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Azure ML CLI v2 YAML: the FL pipeline job, the optional baseline job and the identity-based
 * datastores. Pure data, so it is serialised with SnakeYAML rather than templated: quoting and
 * escaping of every value is the serialiser's job.
 */
final class AmlWriter {
  static final String PIPELINE_SCHEMA =
      "https://azuremlschemas.azureedge.net/latest/pipelineJob.schema.json";
  static final String BLOB_SCHEMA =
      "https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json";
  static final String DATA_SCHEMA = "https://azuremlschemas.azureedge.net/latest/data.schema.json";

  private AmlWriter() {}

  /**
   * Doubles with an exponent carry its sign (1.0e+300), the only form YAML 1.1 readers take as a
   * number.
   */
  private static final class NumberRepresenter extends org.yaml.snakeyaml.representer.Representer {
    NumberRepresenter(DumperOptions o) {
      super(o);
      this.representers.put(
          Double.class,
          data -> representScalar(org.yaml.snakeyaml.nodes.Tag.FLOAT, yamlDouble((Double) data)));
    }
  }

  static String yamlDouble(double d) {
    String s = Double.toString(d);
    int e = s.indexOf('E');
    if (e < 0) {
      return s;
    }
    String exp = s.substring(e + 1);
    return s.substring(0, e) + "e" + (exp.startsWith("-") ? exp : "+" + exp);
  }

  private static Yaml yaml() {
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setIndent(2);
    o.setIndicatorIndent(0);
    o.setWidth(200);
    o.setLineBreak(DumperOptions.LineBreak.UNIX);
    o.setSplitLines(false);
    return new Yaml(new NumberRepresenter(o), o);
  }

  static void write(Plan plan, GeneratedFiles out) {
    var p = plan.pipeline();
    out.put(
        "aml/pipeline.yaml",
        header()
            + yaml()
                .dump(
                    pipeline(
                        plan,
                        p.experiment(),
                        "fl",
                        p.steps(),
                        p.inputs(),
                        "Federated learning: "
                            + plan.context().job().rounds()
                            + " round(s) over "
                            + plan.silos().size()
                            + " silo(s), "
                            + plan.context().job().aggregation()
                            + " aggregation")));
    if (!p.baseline().isEmpty()) {
      out.put(
          "aml/baseline.yaml",
          header()
              + yaml()
                  .dump(
                      pipeline(
                          plan,
                          p.experiment(),
                          "baseline",
                          p.baseline(),
                          List.of(),
                          "Baseline trained on the pooled non-sensitive copy in the orchestrator's baseline-data container")));
    }
    if (plan.context().job().starterKit()) {
      StarterKit.write(out, StarterKit.specs(plan.silos().size()));
    }
    // one writer for the small datastore and asset files: building a Yaml per file cost as much as
    // dumping it. Not shared with the pipelines: a Representer clears its identity table per dump,
    // and after a pipeline that table is large.
    Yaml yaml = yaml();
    for (DatastorePlan d : plan.datastores()) {
      out.put("aml/datastores/" + d.name() + ".yaml", header() + yaml.dump(datastore(d)));
    }
    p.assets()
        .forEach(a -> out.put("aml/data/" + a.name() + ".yaml", header() + yaml.dump(asset(a))));
  }

  /** An identity-based blob datastore: no credentials, access comes from role assignments. */
  static Map<String, Object> datastore(DatastorePlan d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("$schema", BLOB_SCHEMA);
    m.put("name", d.name());
    m.put("type", "azure_blob");
    m.put(
        "description",
        "flgen "
            + d.purpose()
            + " datastore of "
            + d.owner().key()
            + "; identity-based (no credentials stored), access comes from role assignments");
    m.put("account_name", d.account());
    m.put("container_name", d.container());
    m.put("endpoint", d.endpointSuffix());
    m.put("protocol", "https");
    return m;
  }

  /**
   * A data asset: a uri_folder on the datastore path, its name, version, description and tags as
   * the plan decided them.
   */
  static Map<String, Object> asset(DataAssetPlan a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("$schema", DATA_SCHEMA);
    m.put("name", a.name());
    m.put("version", a.version());
    m.put("type", "uri_folder");
    m.put("path", a.uri());
    m.put("description", a.description());
    m.put("tags", new LinkedHashMap<>(a.tags()));
    return m;
  }

  static String dump(Object data) {
    return yaml().dump(data);
  }

  static String header() {
    return "# Generated by flgen. Do not edit: change the topology and re-render.\n";
  }

  private static Map<String, Object> pipeline(
      Plan plan,
      String experiment,
      String kind,
      List<StepPlan> steps,
      List<StepPlan.Port> inputs,
      String description) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("$schema", PIPELINE_SCHEMA);
    m.put("type", "pipeline");
    m.put("display_name", plan.context().name() + "-" + kind);
    m.put("experiment_name", experiment);
    m.put("description", description);
    Map<String, Object> tags = new LinkedHashMap<>();
    tags.put("flgen_topology", plan.context().name());
    tags.put("flgen_stage", plan.stage().yamlName());
    m.put("tags", tags);
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("default_compute", "azureml:" + plan.pipeline().defaultCompute());
    settings.put("continue_on_step_failure", false);
    m.put("settings", settings);
    if (!inputs.isEmpty()) {
      Map<String, Object> pins = new LinkedHashMap<>();
      inputs.forEach(p -> pins.put(p.name(), p.value()));
      m.put("inputs", pins);
    }
    Map<String, Object> jobs = new LinkedHashMap<>();
    for (StepPlan s : steps) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("type", "command");
      j.put("display_name", s.name());
      j.put("component", s.component());
      j.put("compute", "azureml:" + s.compute());
      if (!s.instanceType().isEmpty()) {
        Map<String, Object> res = new LinkedHashMap<>();
        res.put("instance_type", s.instanceType());
        j.put("resources", res);
      }
      Map<String, Object> identity = new LinkedHashMap<>();
      identity.put("type", "managed");
      j.put("identity", identity);
      Map<String, Object> ins = new LinkedHashMap<>();
      for (StepPlan.Port in : s.inputs()) {
        ins.put(in.name(), port(in));
      }
      j.put("inputs", ins);
      Map<String, Object> outs = new LinkedHashMap<>();
      for (StepPlan.Port o : s.outputs()) {
        outs.put(o.name(), port(o));
      }
      j.put("outputs", outs);
      jobs.put(s.name(), j);
    }
    m.put("jobs", jobs);
    return m;
  }

  private static Object port(StepPlan.Port p) {
    return switch (p.form()) {
      case "literal" -> p.value();
      case "number", "boolean" -> literal(p.value());
      case "binding" -> p.value();
      default -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "uri_folder");
        m.put("path", p.value());
        m.put("mode", p.mode());
        yield m;
      }
    };
  }

  private static Object literal(String v) {
    if (v.equals("true") || v.equals("false")) {
      return Boolean.parseBoolean(v);
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      // not an integer
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return v;
    }
  }
}
