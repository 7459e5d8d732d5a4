package io.flgen.live.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What audit needs from {@code flgen-manifest.json}: the resources with their ids, the planned
 * grants (access matrix and service access), the managed identities, and which accounts are public
 * by plan.
 */
public record AuditManifest(
    io.flgen.azure.AzureCloud cloud,
    List<Resource> resources,
    List<Grant> grants,
    Map<String, IdentityRef> identities,
    List<String> publicAccounts) {

  public static final String FILE = "flgen-manifest.json";
  private static final Pattern IDENTITY =
      Pattern.compile(
          "resourceId\\('([^']+)', '([^']+)', 'Microsoft\\.ManagedIdentity/userAssignedIdentities', '([^']+)'\\)");

  /** A resource flgen deployed or references. */
  public record Resource(String type, String name, String id, boolean existing) {}

  /** A planned role assignment; {@code target} is a resource name or {@code account/container}. */
  public record Grant(String principal, String role, String roleDefinitionId, String target) {}

  /** Where a managed identity lives, to read its principal id. */
  public record IdentityRef(String subscriptionId, String resourceGroup, String name) {
    public String id() {
      return "/subscriptions/"
          + subscriptionId
          + "/resourceGroups/"
          + resourceGroup
          + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
          + name;
    }
  }

  /** The manifest of an output folder, or an error message naming the file. */
  public static Either read(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return new Either(
          null,
          file + ": not found; audit reads the manifest that flgen render wrote into the folder");
    }
    try {
      JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
      List<Resource> resources = resources(root);
      if (resources.isEmpty()) {
        return new Either(null, file + ": no resources listed; is it a flgen manifest?");
      }
      io.flgen.azure.AzureCloud cloud;
      try {
        cloud = io.flgen.azure.AzureCloud.fromYaml(root.path("cloud").asString("public"));
      } catch (IllegalArgumentException e) {
        return new Either(
            null,
            file
                + ": cloud: expected public, usgov or china, got '"
                + root.path("cloud").asString()
                + "'");
      }
      return new Either(
          new AuditManifest(cloud, resources, grants(root), identities(root), openStorage(root)),
          null);
    } catch (IOException | JacksonException e) {
      return new Either(null, file + ": not readable JSON (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static List<Resource> resources(JsonNode root) {
    List<Resource> resources = new ArrayList<>();
    for (JsonNode r : root.path("resources")) {
      resources.add(
          new Resource(
              r.path("type").asString(),
              r.path("name").asString(),
              r.path("id").asString(),
              r.path("existing").asBoolean(false)));
    }
    return resources;
  }

  /** The access matrix's grants, then the service grants. */
  private static List<Grant> grants(JsonNode root) {
    List<Grant> grants = new ArrayList<>();
    for (String section : List.of("accessMatrix", "serviceAccess")) {
      for (JsonNode g : root.path(section)) {
        grants.add(
            new Grant(
                g.path("principal").asString(),
                g.path("role").asString(),
                g.path("roleDefinitionId").asString(),
                g.path("target").asString()));
      }
    }
    return grants;
  }

  /** The principals whose object id is a user-assigned identity's, by name. */
  private static Map<String, IdentityRef> identities(JsonNode root) {
    Map<String, IdentityRef> identities = new LinkedHashMap<>();
    for (JsonNode p : root.path("principals")) {
      Matcher m = IDENTITY.matcher(p.path("principalIdExpression").asString());
      if (m.find()) {
        identities.put(
            p.path("name").asString(), new IdentityRef(m.group(1), m.group(2), m.group(3)));
      }
    }
    return identities;
  }

  /** The storage accounts the manifest lists as exposed. */
  private static List<String> openStorage(JsonNode root) {
    List<String> open = new ArrayList<>();
    for (JsonNode e : root.path("exposure")) {
      if ("Microsoft.Storage/storageAccounts".equals(e.path("type").asString())) {
        open.add(e.path("name").asString());
      }
    }
    return open;
  }

  /** A manifest or the reason there is none. */
  public record Either(AuditManifest manifest, String error) {}

  /**
   * The resource id a grant's target names: an account, {@code account/container}, registry, vault
   * or workspace.
   */
  public Optional<String> scopeOf(String target) {
    int slash = target.indexOf('/');
    String name = slash < 0 ? target : target.substring(0, slash);
    Optional<Resource> r =
        resources.stream()
            .filter(x -> x.name().equals(name) && !x.type().endsWith("/computes"))
            .findFirst();
    if (r.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        slash < 0
            ? r.get().id()
            : r.get().id() + "/blobServices/default/containers/" + target.substring(slash + 1));
  }

  /** The resources whose role assignments audit lists. */
  public List<Resource> auditedScopes() {
    return resources.stream()
        .filter(
            r ->
                List.of(
                        "Microsoft.Storage/storageAccounts",
                        "Microsoft.ContainerRegistry/registries",
                        "Microsoft.KeyVault/vaults",
                        "Microsoft.MachineLearningServices/workspaces")
                    .contains(r.type()))
        .toList();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
