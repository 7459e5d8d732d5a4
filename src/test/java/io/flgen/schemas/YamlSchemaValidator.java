package io.flgen.schemas;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test helper: loads a YAML document with SnakeYAML, converts it to a Jackson JsonNode and
 * validates it against a JSON Schema (draft 2020-12) with networknt json-schema-validator 3.x.
 *
 * <p>Note: networknt 3.x is built on Jackson 3, so the tree type is {@code
 * tools.jackson.databind.JsonNode} (not the Jackson 2 {@code
 * com.fasterxml.jackson.databind.JsonNode}).
 */
public final class YamlSchemaValidator {

  /** Dialect id (meta-schema URI) of JSON Schema draft 2020-12. */
  public static final String DRAFT_2020_12_META_SCHEMA =
      "https://json-schema.org/draft/2020-12/schema";

  /** How the document root is rendered in messages (its JSON Pointer is the empty string). */
  public static final String ROOT = "(root)";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<Path, Schema> CACHE = new ConcurrentHashMap<>();

  private YamlSchemaValidator() {}

  /**
   * Validates a YAML file against a JSON Schema file.
   *
   * @return the validation errors formatted {@code <instance path>: <message>}, the instance path
   *     being a JSON Pointer such as {@code /jobs/train/compute} ({@link #ROOT} for the document
   *     root); empty when valid
   */
  public static List<String> validate(Path schema, Path yaml) {
    return validate(schema, readYaml(yaml));
  }

  /** Validates an already loaded instance against a JSON Schema file. */
  public static List<String> validate(Path schema, JsonNode instance) {
    return format(loadSchema(schema).validate(instance));
  }

  /** Validates YAML text (e.g. freshly generated output) against a JSON Schema file. */
  public static List<String> validateYamlText(Path schema, String yamlText) {
    return validate(schema, parseYaml(yamlText));
  }

  /** Validates a schema file against the draft 2020-12 meta-schema. */
  public static List<String> validateAgainstMetaSchema(Path schema) {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12_META_SCHEMA));
    return format(meta.validate(readJson(schema)));
  }

  /** Loads (and caches) a schema file; internal {@code $ref}s resolve against its {@code $id}. */
  public static Schema loadSchema(Path schema) {
    return CACHE.computeIfAbsent(
        schema.toAbsolutePath().normalize(),
        p -> {
          Schema s = REGISTRY.getSchema(readJson(p));
          s.initializeValidators(); // fail fast on broken $refs / regexes
          return s;
        });
  }

  /** Reads a JSON file into a Jackson 3 tree. */
  public static JsonNode readJson(Path json) {
    try {
      return JSON.readTree(Files.readString(json, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + json, e);
    }
  }

  /** Reads a YAML file into a Jackson 3 tree. */
  public static JsonNode readYaml(Path yaml) {
    try (Reader r = Files.newBufferedReader(yaml, StandardCharsets.UTF_8)) {
      return toNode(newYaml().load(r));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + yaml, e);
    }
  }

  /** Parses YAML text into a Jackson 3 tree. */
  public static JsonNode parseYaml(String yamlText) {
    return toNode(newYaml().load(yamlText));
  }

  private static Yaml newYaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false); // a duplicate key in emitted YAML is always a bug
    return new Yaml(new SafeConstructor(options));
  }

  private static List<String> format(List<Error> errors) {
    List<String> out = new ArrayList<>(errors.size());
    for (Error e : errors) {
      String path = e.getInstanceLocation().toString();
      out.add((path.isEmpty() ? ROOT : path) + ": " + e.getMessage());
    }
    return out;
  }

  private static JsonNode toNode(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode node = NODES.objectNode();
      map.forEach((k, v) -> node.set(String.valueOf(k), toNode(v)));
      return node;
    }
    if (value instanceof List<?> list) {
      ArrayNode node = NODES.arrayNode();
      list.forEach(v -> node.add(toNode(v)));
      return node;
    }
    if (value instanceof String s) {
      return NODES.stringNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof BigInteger bi) {
      return NODES.numberNode(bi);
    }
    if (value instanceof Double d) {
      return NODES.numberNode(d);
    }
    if (value instanceof BigDecimal bd) {
      return NODES.numberNode(bd);
    }
    if (value instanceof Date d) {
      return NODES.stringNode(d.toInstant().toString());
    }
    if (value instanceof byte[] bytes) {
      return NODES.stringNode(Base64.getEncoder().encodeToString(bytes));
    }
    if (value instanceof java.util.Set<?> set) {
      ArrayNode node = NODES.arrayNode();
      set.forEach(v -> node.add(toNode(v)));
      return node;
    }
    return NODES.stringNode(String.valueOf(value));
  }

  /**
   * JSON pointers of every property, anywhere in a schema, that has no non-blank {@code
   * description}: the editor help every flgen schema promises.
   */
  public static List<String> undescribedProperties(JsonNode schema) {
    List<String> missing = new java.util.ArrayList<>();
    collectUndescribed(schema, "", missing);
    return missing;
  }

  private static void collectUndescribed(JsonNode node, String pointer, List<String> missing) {
    if (node.isObject()) {
      for (java.util.Map.Entry<String, JsonNode> e : node.properties()) {
        String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
        if (e.getKey().equals("properties") && e.getValue().isObject()) {
          for (java.util.Map.Entry<String, JsonNode> prop : e.getValue().properties()) {
            JsonNode d = prop.getValue().get("description");
            if (d == null || !d.isString() || d.asString().isBlank()) {
              missing.add(child + "/" + prop.getKey());
            }
          }
        }
        collectUndescribed(e.getValue(), child, missing);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUndescribed(node.get(i), pointer + "/" + i, missing);
      }
    }
  }
}
