package io.flgen.docs;

import io.flgen.load.TopologySchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Renders {@code docs/topology.md}, the topology reference, from {@code
 * schemas/topology.schema.json}: one section per mapping with a row per key. The output depends
 * only on the schema, so it is byte-for-byte reproducible; a test keeps the committed file in step.
 */
public final class TopologyReference {
  /** Where the reference lives, relative to the docs folder. */
  public static final String FILE_NAME = "topology.md";

  private final JsonNode schema;

  /** Sections in first-encounter order, keyed by anchor. */
  private final Map<String, Section> sections = new LinkedHashMap<>();

  /** One mapping of the schema: inline (keyed by its path) or a shared $defs entry. */
  private static final class Section {
    final String anchor;
    final JsonNode node;

    /** For a $defs entry: every path that uses it. */
    final Set<String> usedAt = new LinkedHashSet<>();

    /** The $defs section this inline mapping sits in, or null. */
    final Section scope;

    /** The path from the scope (or the root) to this mapping; empty for the root and $defs. */
    final String rel;

    final boolean def;

    Section(String anchor, JsonNode node, Section scope, String rel, boolean def) {
      this.anchor = anchor;
      this.node = node;
      this.scope = scope;
      this.rel = rel;
      this.def = def;
    }

    /** Every topology path where this mapping appears, for example silos[].network. */
    List<String> paths() {
      List<String> out = new ArrayList<>();
      if (def) {
        out.addAll(usedAt);
      } else if (scope != null) {
        scope.paths().forEach(p -> out.add(p + rel));
      } else if (!rel.isEmpty()) {
        out.add(rel.substring(1));
      }
      return out;
    }

    String title() {
      List<String> ps = paths();
      return ps.isEmpty() ? "Top level" : String.join(", ", ps);
    }
  }

  private TopologyReference(JsonNode schema) {
    this.schema = schema;
  }

  /** The reference for the shipped schema. */
  public static String render() {
    return render(TopologySchema.get().node());
  }

  /** The reference for {@code schema}. */
  public static String render(JsonNode schema) {
    TopologyReference r = new TopologyReference(schema);
    r.collect(schema, "top-level", null, "", false, "");
    return r.write();
  }

  // ---- pass 1: find every mapping -------------------------------------------------------------

  /**
   * Registers a mapping. {@code path} is the full topology path of this use; {@code rel} is the
   * path inside {@code scope} (or from the root), each segment starting with '.'.
   */
  private void collect(
      JsonNode node, String anchor, Section scope, String rel, boolean def, String path) {
    Section existing = sections.get(anchor);
    if (existing != null) {
      if (def) {
        existing.usedAt.add(path);
      }
      return;
    }
    Section s = new Section(anchor, node, def ? null : scope, def ? "" : rel, def);
    if (def) {
      s.usedAt.add(path);
    }
    sections.put(anchor, s);
    Section childScope = def ? s : scope;
    String childRel = def ? "" : rel;
    for (Map.Entry<String, JsonNode> p : node.path("properties").properties()) {
      String key = "." + p.getKey();
      visitValue(p.getValue(), childScope, childRel + key, (path.isEmpty() ? "" : path) + key);
    }
  }

  /** Follows a property schema to the mappings it contains (directly, as list items, via $ref). */
  private void visitValue(JsonNode prop, Section scope, String rel, String path) {
    String def = refName(prop);
    JsonNode n = resolve(prop);
    String clean = path.startsWith(".") ? path.substring(1) : path;
    if (isMapping(n)) {
      if (def != null) {
        collect(n, "def-" + def, null, "", true, clean);
      } else {
        String a = (scope == null ? "key" : scope.anchor) + rel.replace("[]", "").replace('.', '-');
        collect(n, a, scope, rel, false, path);
      }
    } else if (n.has("items") && def != null && isMapping(n.get("items"))) {
      // a shared list definition ($defs/computes): its item mapping is shared too
      collect(n.get("items"), "def-" + def, null, "", true, clean + "[]");
    } else if (n.has("items")) {
      visitValue(n.get("items"), scope, rel + "[]", path + "[]");
    }
  }

  // ---- pass 2: write --------------------------------------------------------------------------

  private String write() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "<!-- Generated from schemas/topology.schema.json by `./flgen docs`. Do not edit by hand. -->\n\n");
    sb.append("# Topology reference\n\n");
    sb.append(
            "This file is generated from [`schemas/topology.schema.json`](../schemas/topology.schema.json)")
        .append(
            " and must not be edited by hand: change the schema, then run `./flgen docs` to regenerate it.\n\n");
    sb.append(text(schema.path("description"))).append("\n\n");
    sb.append("For completion and inline checks in editors that use the YAML language server")
        .append(" (VS Code, IntelliJ, Neovim), make this the first line of the topology file:\n\n");
    sb.append("```yaml\n# yaml-language-server: $schema=../schemas/topology.schema.json\n```\n\n");
    sb.append("Then check it with `./flgen validate topology.yaml`.\n\n");
    sb.append(
            "The file is read as YAML 1.2 (core schema): `no`, `on` and `yes` are strings, and only")
        .append(" `true` and `false` are booleans. No key or value may hold an Azure ML expression")
        .append(" (`${{...}}`, FLG128): Azure ML would evaluate it in the YAML flgen writes.\n\n");
    sb.append("## Contents\n\n");
    for (Section s : sections.values()) {
      sb.append("- [").append(s.title()).append("](#").append(s.anchor).append(")\n");
    }
    sb.append('\n');
    for (Section s : sections.values()) {
      section(sb, s);
    }
    return sb.toString();
  }

  private void section(StringBuilder sb, Section s) {
    sb.append("<a id=\"").append(s.anchor).append("\"></a>\n\n");
    sb.append("## ").append(s.title()).append("\n\n");
    String d = text(s.node.path("description"));
    if (!d.isEmpty()) {
      sb.append(d).append("\n\n");
    }
    if (s.paths().size() > 1) {
      sb.append("The same keys apply at each of these paths.\n\n");
    }
    if (s.node.has("maxProperties") && s.node.path("properties").size() > 0) {
      sb.append("At most ")
          .append(s.node.get("maxProperties").asInt())
          .append(" of these keys may be given.\n\n");
    }
    Map<String, List<String>> kinds = kinds(s.node);
    Map<String, List<String>> requiredWhen = requiredWhen(s.node);
    Set<String> required = new LinkedHashSet<>();
    s.node.path("required").forEach(r -> required.add(r.asString()));

    sb.append("| Key | Type | Required | Default | Description |\n");
    sb.append("|---|---|---|---|---|\n");
    for (Map.Entry<String, JsonNode> p : s.node.path("properties").properties()) {
      String key = p.getKey();
      JsonNode prop = p.getValue();
      JsonNode n = resolve(prop);
      String req =
          required.contains(key)
              ? "yes"
              : requiredWhen.containsKey(key)
                  ? "when kind is " + String.join(" or ", requiredWhen.get(key))
                  : "no";
      String def =
          prop.has("default")
              ? prop.get("default").toString()
              : n.has("default") ? n.get("default").toString() : "";
      sb.append("| `")
          .append(key)
          .append("` | ")
          .append(cell(type(prop)))
          .append(" | ")
          .append(req)
          .append(" | ")
          .append(def.isEmpty() ? "" : "`" + cell(unquote(def)) + "`")
          .append(" | ")
          .append(cell(describe(prop)))
          .append(" |\n");
    }
    sb.append('\n');
    keysByKind(sb, s, kinds);
  }

  /** The table of which keys each {@code kind} allows, when the object has kinds. */
  private static void keysByKind(StringBuilder sb, Section s, Map<String, List<String>> kinds) {
    if (kinds.isEmpty()) {
      return;
    }
    sb.append("### Keys by kind\n\n");
    sb.append("`kind` decides which keys apply; a key outside its kind's list is an error.\n\n");
    List<String> names = new ArrayList<>(kinds.keySet());
    sb.append("| Key |");
    names.forEach(k -> sb.append(" `").append(k).append("` |"));
    sb.append("\n|---|");
    names.forEach(k -> sb.append("---|"));
    sb.append('\n');
    for (String key : s.node.path("properties").propertyNames()) {
      sb.append("| `").append(key).append("` |");
      for (String k : names) {
        sb.append(kinds.get(k).contains(key) ? " yes |" : " |");
      }
      sb.append('\n');
    }
    sb.append('\n');
  }

  /** kind value -> the keys its allOf/if/then branch allows (propertyNames enum). */
  private static Map<String, List<String>> kinds(JsonNode obj) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (JsonNode branch : obj.path("allOf")) {
      String kind = condition(branch);
      JsonNode names = branch.path("then").path("propertyNames").path("enum");
      if (kind != null && names.isArray()) {
        List<String> keys = new ArrayList<>();
        names.forEach(k -> keys.add(k.asString()));
        out.put(kind, keys);
      }
    }
    return out;
  }

  /** key -> the kinds whose allOf/if/then branch requires it. */
  private static Map<String, List<String>> requiredWhen(JsonNode obj) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (JsonNode branch : obj.path("allOf")) {
      String kind = condition(branch);
      if (kind != null) {
        branch
            .path("then")
            .path("required")
            .forEach(r -> out.computeIfAbsent(r.asString(), k -> new ArrayList<>()).add(kind));
      }
    }
    return out;
  }

  /** The const value an if-branch tests, for example cross-tenant. */
  private static String condition(JsonNode branch) {
    for (Map.Entry<String, JsonNode> p : branch.path("if").path("properties").properties()) {
      if (p.getValue().has("const")) {
        return p.getValue().get("const").asString();
      }
    }
    return null;
  }

  /** The Type cell: scalar type, list of, mapping (with a link to its section), enum or const. */
  private String type(JsonNode prop) {
    String def = refName(prop);
    JsonNode n = resolve(prop);
    if (n.has("const")) {
      return "`" + n.get("const").asString() + "`";
    }
    if (n.has("enum")) {
      return "enum";
    }
    if (isMapping(n)) {
      Section s = sectionFor(n, def);
      return s == null ? "mapping" : "mapping, see [" + s.title() + "](#" + s.anchor + ")";
    }
    if (n.has("items")) {
      return "list of " + type(n.get("items"));
    }
    JsonNode t = n.path("type");
    if ("object".equals(t.asString(""))) {
      JsonNode values = n.path("additionalProperties");
      return "mapping of " + (values.isObject() ? type(values) : "any") + " by key";
    }
    if (t.isArray()) {
      List<String> ts = new ArrayList<>();
      t.forEach(x -> ts.add(x.asString()));
      return String.join(" or ", ts);
    }
    return t.asString("any");
  }

  private Section sectionFor(JsonNode n, String def) {
    for (Section s : sections.values()) {
      if (s.node == n || (def != null && s.anchor.equals("def-" + def))) {
        return s;
      }
    }
    return null;
  }

  /** The Description cell: the description, then allowed values, format and limits. */
  private String describe(JsonNode prop) {
    JsonNode n = resolve(prop);
    String d = text(prop.path("description"));
    if (d.isEmpty()) {
      d = text(n.path("description"));
    }
    List<String> extra = new ArrayList<>();
    if (n.has("enum")) {
      List<String> vs = new ArrayList<>();
      n.get("enum").forEach(v -> vs.add("`" + v.asString() + "`"));
      extra.add("One of: " + String.join(", ", vs) + ".");
    }
    constraints(n, extra);
    if (!isMapping(n) && n.has("items")) {
      List<String> item = new ArrayList<>();
      constraints(resolve(n.get("items")), item);
      item.forEach(
          i -> extra.add("Each item: " + Character.toLowerCase(i.charAt(0)) + i.substring(1)));
    }
    if ("object".equals(n.path("type").asString("")) && !isMapping(n)) {
      if (n.path("propertyNames").has("pattern")) {
        extra.add("Keys match `" + n.get("propertyNames").get("pattern").asString() + "`.");
      }
      JsonNode values = n.path("additionalProperties");
      if (values.isObject()) {
        List<String> v = new ArrayList<>();
        constraints(values, v);
        v.forEach(i -> extra.add("Values: " + Character.toLowerCase(i.charAt(0)) + i.substring(1)));
      }
    }
    return extra.isEmpty() ? d : (d + " " + String.join(" ", extra)).trim();
  }

  private static void constraints(JsonNode n, List<String> out) {
    if (n.has("x-flgen-expected")) {
      out.add("Format: " + n.get("x-flgen-expected").asString() + ".");
    } else if (n.has("pattern")) {
      out.add("Pattern: `" + n.get("pattern").asString() + "`.");
    }
    range(n, "minLength", "maxLength", "characters", out);
    range(n, "minimum", "maximum", "", out);
    if (n.has("exclusiveMinimum")) {
      out.add("Greater than " + n.get("exclusiveMinimum") + ".");
    }
    if (n.has("exclusiveMaximum")) {
      out.add("Less than " + n.get("exclusiveMaximum") + ".");
    }
    range(n, "minItems", "maxItems", "items", out);
    range(n, "minProperties", "maxProperties", "entries", out);
  }

  private static void range(JsonNode n, String min, String max, String unit, List<String> out) {
    String u = unit.isEmpty() ? "" : " " + unit;
    if (n.has(min) && n.has(max)) {
      out.add("Range: " + n.get(min) + "-" + n.get(max) + u + ".");
    } else if (n.has(min)) {
      out.add("At least " + n.get(min) + u + ".");
    } else if (n.has(max)) {
      out.add("At most " + n.get(max) + u + ".");
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static boolean isMapping(JsonNode n) {
    return n.has("properties");
  }

  private static String refName(JsonNode n) {
    String ref = n.path("$ref").asString("");
    return ref.startsWith("#/$defs/") ? ref.substring("#/$defs/".length()) : null;
  }

  private JsonNode resolve(JsonNode n) {
    String ref = n.path("$ref").asString("");
    return ref.startsWith("#") ? schema.at(ref.substring(1)) : n;
  }

  private static String text(JsonNode n) {
    return n.asString("").trim();
  }

  private static String unquote(String json) {
    return json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"")
        ? json.substring(1, json.length() - 1)
        : json;
  }

  /** Escapes a table cell: pipes, and line breaks become spaces. */
  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
