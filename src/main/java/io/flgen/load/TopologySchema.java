package io.flgen.load;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.flgen.diag.Codes;
import io.flgen.diag.Diagnostic;
import io.flgen.diag.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates a loaded document against {@code schemas/topology.schema.json} and turns each schema
 * error into a diagnostic that says what was expected, with a "did you mean" hint for unknown keys
 * and enum values.
 */
public final class TopologySchema {
  /** Classpath location of the schema (copied from schemas/ at build time). */
  public static final String RESOURCE = "/schemas/topology.schema.json";

  private static volatile TopologySchema instance;

  private final String text;
  private final JsonNode schemaNode;
  private final Schema schema;

  private TopologySchema(String text) {
    this.text = text;
    this.schemaNode = JsonMapper.shared().readTree(text);
    this.schema =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                b ->
                    b.schemaRegistryConfig(
                        SchemaRegistryConfig.builder()
                            .regularExpressionFactory(SchemaRegex.INSTANCE)
                            .preloadSchema(false)
                            .build()))
            .getSchema(schemaNode);
  }

  public static TopologySchema get() {
    TopologySchema s = instance;
    if (s == null) {
      synchronized (TopologySchema.class) {
        s = instance;
        if (s == null) {
          s = new TopologySchema(loadText());
          instance = s;
        }
      }
    }
    return s;
  }

  /** The schema text exactly as shipped. */
  public String text() {
    return text;
  }

  public JsonNode node() {
    return schemaNode;
  }

  private static String loadText() {
    try (InputStream in = TopologySchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates the document; an empty list means it conforms. */
  public List<Diagnostic> validate(LoadedDocument doc) {
    List<Diagnostic> out = new ArrayList<>();
    for (Error e : schema.validate(doc.root())) {
      out.add(toDiagnostic(e, doc.sourceMap()));
    }
    return out.stream().sorted().distinct().toList();
  }

  private Diagnostic toDiagnostic(Error e, SourceMap sm) {
    String path = toPath(e.getInstanceLocation());
    JsonNode instance = e.getInstanceNode();
    JsonNode owner = schemaAt(e, 1); // the schema object that holds the failing keyword
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    switch (keyword) {
      case "additionalProperties", "propertyNames" -> {
        String key = e.getProperty();
        if (key == null && instance != null && instance.isString()) {
          key = instance.asString();
        }
        if (key == null) {
          break;
        }
        String child = TopologyPath.key(path, key);
        List<String> allowed = allowedKeys(keyword, owner);
        return new Diagnostic(
            Codes.UNKNOWN_KEY, sm.key(child), child, unknownKey(key, allowed, path));
      }
      case "required" -> {
        String missing = e.getProperty();
        if (missing == null && e.getArguments() != null && e.getArguments().length > 0) {
          missing = String.valueOf(e.getArguments()[0]);
        }
        return new Diagnostic(
            Codes.MISSING_KEY,
            sm.value(path),
            path,
            "missing required key '" + missing + "'" + requiredWhy(e, owner, missing));
      }
      case "type" -> {
        String expected = owner != null && owner.has("type") ? typeText(owner.get("type")) : "?";
        return new Diagnostic(
            Codes.TYPE,
            sm.value(path),
            path,
            "expected " + expected + ", got " + jsonType(instance) + shown(instance));
      }
      case "enum" -> {
        List<String> allowed = new ArrayList<>();
        owner.get("enum").forEach(v -> allowed.add(v.asString()));
        String got = instance != null && instance.isString() ? instance.asString() : null;
        String hint =
            got == null
                ? ""
                : Suggest.closest(got, allowed).map(s -> "; did you mean '" + s + "'?").orElse("");
        return new Diagnostic(
            Codes.VALUE,
            sm.value(path),
            path,
            "expected one of " + String.join(", ", allowed) + ", got" + shown(instance) + hint);
      }
      case "const" -> {
        return new Diagnostic(
            Codes.VALUE,
            sm.value(path),
            path,
            "expected '" + owner.get("const").asString() + "', got" + shown(instance));
      }
      case "pattern", "minLength", "maxLength" -> {
        String expected = expectedText(owner);
        // a string too long to run the pattern on is reported by its length, like maxLength
        String what =
            keyword.equals("pattern") && instance.asString().length() <= SchemaRegex.MAX_INPUT
                ? "is not valid"
                : "is " + instance.asString().length() + " characters";
        return new Diagnostic(
            Codes.VALUE,
            sm.value(path),
            path,
            quote(instance) + " " + what + "; expected " + expected);
      }
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> {
        String rel =
            switch (keyword) {
              case "minimum" -> "at least ";
              case "maximum" -> "at most ";
              case "exclusiveMinimum" -> "greater than ";
              default -> "less than ";
            };
        return new Diagnostic(
            Codes.VALUE,
            sm.value(path),
            path,
            "value " + number(instance) + " is out of range; expected " + rel + owner.get(keyword));
      }
      case "minItems", "maxItems", "minProperties", "maxProperties" -> {
        int n = instance == null ? 0 : instance.size();
        String rel = keyword.startsWith("min") ? "at least " : "at most ";
        String unit = keyword.endsWith("Items") ? " item(s)" : " entr(y/ies)";
        return new Diagnostic(
            Codes.VALUE,
            sm.value(path),
            path,
            "has " + n + unit + "; expected " + rel + owner.get(keyword) + unit);
      }
      default -> {}
    }
    return new Diagnostic(Codes.VALUE, sm.value(path), path, e.getMessage());
  }

  /** A number as written in messages: very large integers in scientific notation (1E+308). */
  static String number(JsonNode n) {
    if (n != null && n.isBigInteger() && n.bigIntegerValue().abs().bitLength() > 63) {
      return new java.math.BigDecimal(n.bigIntegerValue())
          .round(new java.math.MathContext(6))
          .stripTrailingZeros()
          .toString();
    }
    return String.valueOf(n);
  }

  private static String unknownKey(String key, List<String> allowed, String parentPath) {
    Optional<String> near = Suggest.closest(key, allowed);
    String where = TopologyPath.ROOT.equals(parentPath) ? "at the top level" : "in " + parentPath;
    if (near.isPresent()) {
      return "unknown key '" + key + "' " + where + "; did you mean '" + near.get() + "'?";
    }
    if (allowed.isEmpty()) {
      return "unknown key '" + key + "' " + where;
    }
    return "unknown key '" + key + "' " + where + "; expected one of " + String.join(", ", allowed);
  }

  private static List<String> allowedKeys(String keyword, JsonNode owner) {
    List<String> out = new ArrayList<>();
    if (owner == null) {
      return out;
    }
    if (keyword.equals("additionalProperties") && owner.has("properties")) {
      out.addAll(owner.get("properties").propertyNames());
    } else if (keyword.equals("propertyNames")
        && owner.has("propertyNames")
        && owner.get("propertyNames").has("enum")) {
      owner.get("propertyNames").get("enum").forEach(v -> out.add(v.asString()));
    }
    return out;
  }

  /**
   * What the missing key is for; for a key required by an if/then branch (silo kinds), the
   * description comes from the object that holds the branch, plus the condition.
   */
  private String requiredWhy(Error e, JsonNode owner, String key) {
    String d = describe(owner, key);
    JsonNode branch = schemaAt(e, 2);
    if (!d.isEmpty() || branch == null || !branch.has("if")) {
      return d;
    }
    List<String> when = new ArrayList<>();
    branch
        .get("if")
        .path("properties")
        .properties()
        .forEach(
            p -> {
              if (p.getValue().has("const")) {
                when.add(p.getKey() + " is " + p.getValue().get("const").asString());
              }
            });
    String outer = describe(schemaAt(e, 4), key);
    String cond = when.isEmpty() ? "" : "required when " + String.join(" and ", when);
    if (outer.isEmpty()) {
      return cond.isEmpty() ? "" : " (" + cond + ")";
    }
    String text = outer.substring(2, outer.length() - 1);
    return " (" + text + (cond.isEmpty() ? "" : "; " + cond) + ")";
  }

  private String describe(JsonNode owner, String key) {
    if (owner == null || key == null) {
      return "";
    }
    JsonNode p = owner.path("properties").path(key);
    JsonNode resolved = resolve(p);
    String d =
        p.path("description").asString(""); // a description next to a $ref is the specific one
    if (d.isEmpty()) {
      d = resolved.path("description").asString("");
    }
    if (d.isEmpty()) {
      return "";
    }
    int dot = d.indexOf(". ");
    return " (" + (dot > 0 ? d.substring(0, dot) : stripDot(d)) + ")";
  }

  private static String stripDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private JsonNode resolve(JsonNode n) {
    if (n != null && n.has("$ref")) {
      String ref = n.get("$ref").asString();
      if (ref.startsWith("#")) {
        return schemaNode.at(ref.substring(1));
      }
    }
    return n == null ? tools.jackson.databind.node.MissingNode.getInstance() : n;
  }

  private static String expectedText(JsonNode owner) {
    if (owner == null) {
      return "a valid value";
    }
    if (owner.has("x-flgen-expected")) {
      return owner.get("x-flgen-expected").asString();
    }
    StringBuilder sb = new StringBuilder();
    if (owner.has("minLength") || owner.has("maxLength")) {
      sb.append(owner.path("minLength").asInt(0))
          .append('-')
          .append(owner.has("maxLength") ? owner.get("maxLength").asString() : "any")
          .append(" characters");
    }
    if (owner.has("pattern")) {
      if (sb.length() > 0) {
        sb.append(" matching ");
      } else {
        sb.append("a value matching ");
      }
      sb.append(owner.get("pattern").asString());
    }
    return sb.toString();
  }

  private static String typeText(JsonNode type) {
    if (type.isArray()) {
      List<String> ts = new ArrayList<>();
      type.forEach(t -> ts.add(article(t.asString())));
      return String.join(" or ", ts);
    }
    return article(type.asString());
  }

  private static String article(String t) {
    return switch (t) {
      case "object" -> "a mapping";
      case "array" -> "a list";
      case "integer" -> "an integer";
      default -> "a " + t;
    };
  }

  private static String jsonType(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return "nothing (null)";
    }
    if (n.isObject()) {
      return "a mapping";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isBoolean()) {
      return "a boolean";
    }
    if (n.isIntegralNumber()) {
      return "an integer";
    }
    if (n.isNumber()) {
      return "a number";
    }
    return "a string";
  }

  private static String shown(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode() || n.isContainer()) {
      return "";
    }
    return " " + quote(n);
  }

  private static String quote(JsonNode n) {
    if (n == null) {
      return "''";
    }
    String s = n.isString() ? n.asString() : n.toString();
    if (s.length() > 80) {
      s = s.substring(0, 77) + "...";
    }
    return "'" + Printable.escape(s) + "'";
  }

  /** The schema node {@code up} levels above the error's keyword location. */
  private JsonNode schemaAt(Error e, int up) {
    String frag = e.getSchemaLocation().getFragment().toString();
    if (frag.startsWith("#")) {
      frag = frag.substring(1);
    }
    String[] parts = frag.split("/", -1);
    int keep = Math.max(0, parts.length - up);
    String ptr = String.join("/", java.util.Arrays.copyOf(parts, keep));
    JsonNode n = ptr.isEmpty() ? schemaNode : schemaNode.at(ptr);
    return n.isMissingNode() ? null : n;
  }

  static String toPath(NodePath p) {
    String path = TopologyPath.ROOT;
    for (int i = 0; i < p.getNameCount(); i++) {
      Object el = p.getElement(i);
      if (el instanceof Integer idx) {
        path = TopologyPath.index(path, idx);
      } else {
        path = TopologyPath.key(path, String.valueOf(el));
      }
    }
    return path;
  }
}
