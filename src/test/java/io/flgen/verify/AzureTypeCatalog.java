package io.flgen.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.StringNode;

/**
 * Checks resource bodies against the Azure resource type catalogue (a pruned copy of
 * Azure/bicep-types-az, see {@code ../shared/azure-types/README.md}).
 *
 * <p>Layout: {@code <provider lower case>/<api-version>/types.json}, optionally with further {@code
 * <folder>.types.json} files beside it; all files of a folder are searched. Each file is a JSON
 * array whose entries reference each other as {@code {"$ref": "#/N"}}.
 *
 * <p>Rules applied by {@link #check}: a property not declared by its object type (and the object
 * has no {@code additionalProperties}) is reported; a property that is ReadOnly and not Required
 * must not be written; a literal string must be one of the values of a closed enum (a UnionType of
 * StringLiteralTypes without a StringType); booleans, integers, strings, objects and arrays must
 * match the declared kind; integer bounds and string/array length bounds are checked for literals.
 * Objects and arrays are descended; a DiscriminatedObjectType picks its element from the
 * discriminator value in the body and merges the base properties. Required properties are
 * <em>not</em> enforced (generated bodies may supply them through expressions).
 *
 * <p><b>Expression convention.</b> A value that is a Bicep expression rather than a literal
 * (identifier, function call, interpolated string, ternary, ...) is represented by a {@link
 * StringNode} whose text starts with {@link #EXPR_PREFIX} ({@code "\u0000expr:"}), optionally
 * followed by the expression source. Such values are "unknown": their type is not checked and they
 * are not descended. JSON {@code null} is treated the same way (Bicep {@code null} omits the
 * property).
 *
 * <p>Violation format: {@code Type@version: path: message}, e.g. {@code
 * Microsoft.Storage/storageAccounts@2025-06-01: properties.fooBar: no such property}.
 */
public final class AzureTypeCatalog {

  /** Prefix marking a StringNode as a non-literal Bicep expression. */
  public static final String EXPR_PREFIX = "\u0000expr:";

  /** Environment variable naming the catalogue directory. */
  public static final String ENV_VAR = "FLGEN_AZURE_TYPES";

  private static final int FLAG_REQUIRED = 1;
  private static final int FLAG_READ_ONLY = 2;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path root;

  /** Parsed type arrays per folder "provider/version" (lower case); one list entry per file. */
  private final Map<String, List<JsonNode>> folders = new HashMap<>();

  /** Resource types found so far, keyed by lower-case "Type@version". */
  private final Map<String, TypeRef> resources = new HashMap<>();

  /** A position in one types.json array. */
  private record TypeRef(JsonNode array, int index) {
    JsonNode node() {
      return array.get(index);
    }

    TypeRef resolve(JsonNode ref) {
      String text = ref.path("$ref").asString("");
      if (!text.startsWith("#/")) {
        throw new IllegalStateException("unsupported $ref: " + ref);
      }
      return new TypeRef(array, Integer.parseInt(text.substring(2)));
    }

    String kind() {
      return node().path("$type").asString();
    }
  }

  public AzureTypeCatalog(Path root) {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("not a directory: " + root);
    }
    this.root = root;
  }

  /**
   * The catalogue directory: {@value #ENV_VAR}, else {@code ../shared/azure-types} from the repo
   * root.
   */
  public static Optional<Path> locate() {
    String env = System.getenv(ENV_VAR);
    if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env))) {
      return Optional.of(Path.of(env));
    }
    Path sibling = Path.of("").toAbsolutePath().resolve("../shared/azure-types").normalize();
    return Files.isDirectory(sibling) ? Optional.of(sibling) : Optional.empty();
  }

  /** Opens the located catalogue, or aborts (skips) the calling test with a clear message. */
  public static AzureTypeCatalog forTests() {
    Optional<Path> dir = locate();
    Assumptions.assumeTrue(
        dir.isPresent(),
        () ->
            "Azure type catalogue not found: set "
                + ENV_VAR
                + " (currently '"
                + System.getenv(ENV_VAR)
                + "') or provide ../shared/azure-types next to "
                + Path.of("").toAbsolutePath()
                + "; skipping type conformance checks");
    return new AzureTypeCatalog(dir.get());
  }

  public Path root() {
    return root;
  }

  /** Whether {@code Type@apiVersion} is defined in the catalogue (type name case-insensitive). */
  public boolean hasType(String typeAtVersion) {
    return findResource(typeAtVersion).isPresent();
  }

  /** API versions the catalogue's {@code catalog.json} lists for a type (empty when unknown). */
  public List<String> versionsOf(String type) {
    Path catalog = root.resolve("catalog.json");
    List<String> out = new ArrayList<>();
    if (!Files.isRegularFile(catalog)) {
      return out;
    }
    for (Map.Entry<String, JsonNode> e : MAPPER.readTree(catalog).properties()) {
      if (e.getKey().equalsIgnoreCase(type)) {
        e.getValue().forEach(v -> out.add(v.asString()));
      }
    }
    return out;
  }

  /**
   * Checks a resource body (the Bicep object minus Bicep-only keys such as parent/scope/dependsOn).
   *
   * @throws IllegalArgumentException if the type is not in the catalogue (see {@link #hasType})
   */
  public List<String> check(String typeAtVersion, JsonNode body) {
    TypeRef resource =
        findResource(typeAtVersion)
            .orElseThrow(
                () -> new IllegalArgumentException("type not in catalogue: " + typeAtVersion));
    List<String> violations = new ArrayList<>();
    TypeRef bodyType = resource.resolve(resource.node().get("body"));
    checkValue(bodyType, body, "", typeAtVersion + ": ", violations);
    return violations;
  }

  // ---------------------------------------------------------------- checking

  private void checkValue(
      TypeRef type, JsonNode value, String path, String prefix, List<String> out) {
    if (value == null || value.isNull() || isExpression(value)) {
      return;
    }
    JsonNode t = type.node();
    switch (type.kind()) {
      case "AnyType" -> {}
      case "StringType" -> {
        if (!value.isString()) {
          out.add(prefix + path + ": expected string, got " + describe(value));
        } else {
          checkLength(t, value.asString().length(), "string length", path, prefix, out);
        }
      }
      case "StringLiteralType" -> {
        String expected = t.path("value").asString();
        if (!value.isString() || !value.asString().equals(expected)) {
          out.add(
              prefix
                  + path
                  + ": value "
                  + show(value)
                  + " not allowed (allowed: "
                  + expected
                  + ")");
        }
      }
      case "BooleanType" -> {
        if (!value.isBoolean()) {
          out.add(prefix + path + ": expected boolean, got " + describe(value));
        }
      }
      case "IntegerType" -> {
        if (!value.isIntegralNumber()) {
          out.add(prefix + path + ": expected integer, got " + describe(value));
        } else {
          long v = value.asLong();
          if ((t.has("minValue") && v < t.get("minValue").asLong())
              || (t.has("maxValue") && v > t.get("maxValue").asLong())) {
            out.add(
                prefix
                    + path
                    + ": value "
                    + v
                    + " out of range ["
                    + t.path("minValue").asString("")
                    + ", "
                    + t.path("maxValue").asString("")
                    + "]");
          }
        }
      }
      case "ArrayType" -> {
        if (!value.isArray()) {
          out.add(prefix + path + ": expected array, got " + describe(value));
          return;
        }
        checkLength(t, value.size(), "array length", path, prefix, out);
        TypeRef item = type.resolve(t.get("itemType"));
        for (int i = 0; i < value.size(); i++) {
          checkValue(item, value.get(i), path + "[" + i + "]", prefix, out);
        }
      }
      case "UnionType" -> checkUnion(type, value, path, prefix, out);
      case "ObjectType" -> {
        if (!value.isObject()) {
          out.add(prefix + path + ": expected object, got " + describe(value));
          return;
        }
        checkObject(type, t.path("properties"), null, value, path, prefix, out);
      }
      case "DiscriminatedObjectType" -> checkDiscriminated(type, value, path, prefix, out);
      default -> out.add(prefix + path + ": unsupported type kind " + type.kind());
    }
  }

  private void checkLength(
      JsonNode t, int length, String what, String path, String prefix, List<String> out) {
    if ((t.has("minLength") && length < t.get("minLength").asInt())
        || (t.has("maxLength") && length > t.get("maxLength").asInt())) {
      out.add(
          prefix
              + path
              + ": "
              + what
              + " "
              + length
              + " out of range ["
              + t.path("minLength").asString("")
              + ", "
              + t.path("maxLength").asString("")
              + "]");
    }
  }

  private void checkUnion(
      TypeRef type, JsonNode value, String path, String prefix, List<String> out) {
    List<TypeRef> members = new ArrayList<>();
    type.node().path("elements").forEach(e -> members.add(type.resolve(e)));
    boolean onlyStrings =
        members.stream()
            .allMatch(m -> m.kind().equals("StringLiteralType") || m.kind().equals("StringType"));
    if (onlyStrings) {
      if (!value.isString()) {
        out.add(prefix + path + ": expected string, got " + describe(value));
        return;
      }
      boolean open = members.stream().anyMatch(m -> m.kind().equals("StringType"));
      List<String> allowed =
          members.stream()
              .filter(m -> m.kind().equals("StringLiteralType"))
              .map(m -> m.node().path("value").asString())
              .toList();
      if (!open && !allowed.contains(value.asString())) {
        out.add(
            prefix
                + path
                + ": value "
                + show(value)
                + " not allowed (allowed: "
                + String.join(", ", allowed)
                + ")");
      }
      return;
    }
    // General union: accepted when any member accepts the value; otherwise report the first
    // member's findings.
    List<String> first = null;
    for (TypeRef m : members) {
      List<String> found = new ArrayList<>();
      checkValue(m, value, path, prefix, found);
      if (found.isEmpty()) {
        return;
      }
      if (first == null) {
        first = found;
      }
    }
    out.add(
        prefix
            + path
            + ": value matches no member of the union type"
            + (first == null ? "" : " (e.g. " + first.get(0).substring(prefix.length()) + ")"));
  }

  private void checkDiscriminated(
      TypeRef type, JsonNode value, String path, String prefix, List<String> out) {
    if (!value.isObject()) {
      out.add(prefix + path + ": expected object, got " + describe(value));
      return;
    }
    JsonNode t = type.node();
    String discriminator = t.path("discriminator").asString();
    JsonNode elements = t.path("elements");
    JsonNode dv = value.get(discriminator);
    TypeRef element = null;
    if (dv != null && dv.isString() && !isExpression(dv)) {
      if (!elements.has(dv.asString())) {
        List<String> allowed = new ArrayList<>();
        allowed.addAll(elements.propertyNames());
        out.add(
            prefix
                + join(path, discriminator)
                + ": value "
                + show(dv)
                + " not allowed (allowed: "
                + String.join(", ", allowed)
                + ")");
        return;
      }
      element = type.resolve(elements.get(dv.asString()));
    }
    if (element == null) {
      // Discriminator unknown: check the base properties, accept any property of any element.
      Set<String> lenient = new HashSet<>();
      elements.forEach(
          ref -> lenient.addAll(type.resolve(ref).node().path("properties").propertyNames()));
      checkObject(type, t.path("baseProperties"), lenient, value, path, prefix, out);
      return;
    }
    // Merge base properties (resolved in this array) with the element's own properties.
    Map<String, TypeRef> typeOf = new LinkedHashMap<>();
    Map<String, Integer> flagsOf = new LinkedHashMap<>();
    t.path("baseProperties")
        .properties()
        .forEach(
            e -> {
              typeOf.put(e.getKey(), type.resolve(e.getValue().get("type")));
              flagsOf.put(e.getKey(), e.getValue().path("flags").asInt());
            });
    TypeRef el = element;
    el.node()
        .path("properties")
        .properties()
        .forEach(
            e -> {
              typeOf.put(e.getKey(), el.resolve(e.getValue().get("type")));
              flagsOf.put(e.getKey(), e.getValue().path("flags").asInt());
            });
    JsonNode additional = el.node().get("additionalProperties");
    checkProperties(
        typeOf,
        flagsOf,
        additional == null ? null : el.resolve(additional),
        null,
        value,
        path,
        prefix,
        out);
  }

  /**
   * Checks an object against a property map (from {@code owner}'s array); lenient names are
   * unchecked.
   */
  private void checkObject(
      TypeRef owner,
      JsonNode properties,
      Set<String> lenient,
      JsonNode value,
      String path,
      String prefix,
      List<String> out) {
    Map<String, TypeRef> typeOf = new LinkedHashMap<>();
    Map<String, Integer> flagsOf = new LinkedHashMap<>();
    properties
        .properties()
        .forEach(
            e -> {
              typeOf.put(e.getKey(), owner.resolve(e.getValue().get("type")));
              flagsOf.put(e.getKey(), e.getValue().path("flags").asInt());
            });
    JsonNode additional = owner.node().get("additionalProperties");
    checkProperties(
        typeOf,
        flagsOf,
        additional == null ? null : owner.resolve(additional),
        lenient,
        value,
        path,
        prefix,
        out);
  }

  private void checkProperties(
      Map<String, TypeRef> typeOf,
      Map<String, Integer> flagsOf,
      TypeRef additional,
      Set<String> lenient,
      JsonNode value,
      String path,
      String prefix,
      List<String> out) {
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      String name = field.getKey();
      String sub = join(path, name);
      TypeRef propType = typeOf.get(name);
      if (propType == null) {
        if (additional != null) {
          checkValue(additional, field.getValue(), sub, prefix, out);
        } else if (lenient == null || !lenient.contains(name)) {
          String hint =
              typeOf.keySet().stream()
                  .filter(k -> k.equalsIgnoreCase(name))
                  .findFirst()
                  .map(k -> " (did you mean '" + k + "'?)")
                  .orElse("");
          out.add(prefix + sub + ": no such property" + hint);
        }
        continue;
      }
      int flags = flagsOf.get(name);
      if ((flags & FLAG_READ_ONLY) != 0 && (flags & FLAG_REQUIRED) == 0) {
        out.add(prefix + sub + ": read-only");
        continue;
      }
      checkValue(propType, field.getValue(), sub, prefix, out);
    }
  }

  // ---------------------------------------------------------------- helpers

  /** Whether a node is the expression marker (see class javadoc). */
  public static boolean isExpression(JsonNode node) {
    return node != null && node.isString() && node.asString().startsWith(EXPR_PREFIX);
  }

  /** Creates an expression marker node carrying the expression's source text. */
  public static StringNode expression(String source) {
    return StringNode.valueOf(EXPR_PREFIX + source);
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String show(JsonNode value) {
    return value.isString() ? "'" + value.asString() + "'" : value.toString();
  }

  private static String describe(JsonNode value) {
    String kind =
        switch (value.getNodeType()) {
          case STRING -> "string";
          case BOOLEAN -> "boolean";
          case NUMBER -> "integer";
          case ARRAY -> "array";
          case OBJECT -> "object";
          default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    return value.isValueNode() ? kind + " " + show(value) : kind;
  }

  private Optional<TypeRef> findResource(String typeAtVersion) {
    String key = typeAtVersion.toLowerCase(Locale.ROOT);
    TypeRef cached = resources.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    int at = key.indexOf('@');
    int slash = key.indexOf('/');
    if (at < 0 || slash < 0 || slash > at) {
      return Optional.empty();
    }
    String folder = key.substring(0, slash) + "/" + key.substring(at + 1);
    for (JsonNode array : loadFolder(folder)) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode e = array.get(i);
        if ("ResourceType".equals(e.path("$type").asString())
            && e.path("name").asString().toLowerCase(Locale.ROOT).equals(key)) {
          TypeRef ref = new TypeRef(array, i);
          resources.put(key, ref);
          return Optional.of(ref);
        }
      }
    }
    return Optional.empty();
  }

  /** All {@code *types.json} arrays of one folder, sorted so {@code types.json} comes first. */
  private List<JsonNode> loadFolder(String folder) {
    return folders.computeIfAbsent(
        folder,
        f -> {
          Path dir = root.resolve(f);
          List<JsonNode> arrays = new ArrayList<>();
          if (!Files.isDirectory(dir)) {
            return arrays;
          }
          TreeSet<String> names =
              new TreeSet<>(
                  (a, b) ->
                      a.equals("types.json") ? -1 : b.equals("types.json") ? 1 : a.compareTo(b));
          try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*types.json")) {
            files.forEach(p -> names.add(p.getFileName().toString()));
            for (String name : names) {
              arrays.add(MAPPER.readTree(dir.resolve(name)));
            }
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
          }
          return arrays;
        });
  }
}
