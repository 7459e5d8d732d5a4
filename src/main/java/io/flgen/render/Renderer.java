package io.flgen.render;

import io.flgen.plan.ApiVersions;
import io.flgen.plan.Plan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Renders a plan into files: infra/ (Bicep), aml/ (CLI v2 YAML), DEPLOY.md and the manifest. */
public final class Renderer {
  public static final String MANIFEST = "flgen-manifest.json";

  /** Written into manifests; versionless so that samples do not churn with each release. */
  public static final String GENERATOR = "flgen topology/v1";

  static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private Renderer() {}

  /**
   * @param topologySource the validated topology tree, recorded in the manifest so that a review of
   *     the folder knows the stage, parties and sensitivity behind the artifacts
   */
  public static GeneratedFiles render(
      Plan plan, String generator, tools.jackson.databind.JsonNode topologySource) {
    GeneratedFiles out = new GeneratedFiles();
    Map<String, Object> apiView = new LinkedHashMap<>();
    apiView.put("api", ApiVersions.ALL);
    MainView main = BicepView.build(plan);
    out.put("infra/main.bicep", TemplateRenderer.render("bicep/main.bicep.ftl", main));
    writeModules(out, "infra/", main, apiView);
    out.put("infra/main.parameters.json", parameters(plan));
    AmlWriter.write(plan, out);
    KubernetesWriter.write(plan, out);
    TenantBundles.write(plan, out, apiView);
    out.put(
        "DEPLOY.md", TemplateRenderer.render("deploy/DEPLOY.md.ftl", DeployView.build(plan, out)));
    out.put(MANIFEST, Manifest.build(plan, out, generator, topologySource));
    return out;
  }

  /** The module files one bundle's main.bicep calls, and no others. */
  static void writeModules(
      GeneratedFiles out, String dir, MainView mainView, Map<String, Object> apiView) {
    for (String m : mainView.files()) {
      out.put(
          dir + "modules/" + m + ".bicep",
          TemplateRenderer.render("bicep/modules/" + m + ".bicep.ftl", apiView));
    }
  }

  static String parameters(Plan plan) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put(
        "$schema",
        "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#");
    root.put("contentVersion", "1.0.0.0");
    Map<String, Object> tags = new TreeMap<>(plan.context().tags());
    tags.put("flgen-topology", plan.context().name());
    tags.put("flgen-stage", plan.stage().yamlName());
    root.put("parameters", Map.of("tags", Map.of("value", tags)));
    return JSON.writeValueAsString(root) + "\n";
  }
}
