package io.flgen.property;

import io.flgen.golden.Blueprints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Topology generators: one walks {@code schemas/topology.schema.json}, one varies the blueprints.
 * Both are pure functions of the random source, so a seed and a case number reproduce a case.
 */
final class Topologies {
  private Topologies() {}

  static final List<String> BLUEPRINTS = Blueprints.all();
  private static final Map<String, Map<String, Object>> BASES = new TreeMap<>();

  /** Scalars of the blueprints by key name: the values a schema walk uses for patterned strings. */
  private static final Map<String, List<Object>> POOL = new TreeMap<>();

  private static final JsonNode SCHEMA;

  static {
    for (String b : BLUEPRINTS) {
      Map<String, Object> m = parse(read(Blueprints.DIR.resolve(b + ".yaml")));
      BASES.put(b, m);
      harvest(null, m);
    }
    SCHEMA = JsonMapper.builder().build().readTree(read(Path.of("schemas/topology.schema.json")));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The blueprint as maps and lists; dates stay the text they were (SnakeYAML would make them
   * timestamps).
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String yaml) {
    return (Map<String, Object>) undate(new Yaml(new LoaderOptions()).load(yaml));
  }

  @SuppressWarnings("unchecked")
  private static Object undate(Object v) {
    if (v instanceof java.util.Date d) {
      return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }
    if (v instanceof Map<?, ?> m) {
      ((Map<Object, Object>) m).replaceAll((k, x) -> undate(x));
    } else if (v instanceof List<?> l) {
      ((List<Object>) l).replaceAll(Topologies::undate);
    }
    return v;
  }

  static String yaml(Object doc) {
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setWidth(Integer.MAX_VALUE);
    o.setSplitLines(false);
    return new Yaml(o).dump(doc);
  }

  @SuppressWarnings("unchecked")
  private static void harvest(String key, Object v) {
    if (v instanceof Map<?, ?> m) {
      m.forEach((k, x) -> harvest(String.valueOf(k), x));
    } else if (v instanceof List<?> l) {
      l.forEach(x -> harvest(key, x));
    } else if (key != null && v != null) {
      List<Object> xs = POOL.computeIfAbsent(key, k -> new ArrayList<>());
      if (!xs.contains(v)) {
        xs.add(v);
      }
    }
  }

  /** A deep copy of a blueprint as plain maps and lists. */
  static Map<String, Object> blueprint(String name) {
    return copy(BASES.get(name));
  }

  @SuppressWarnings("unchecked")
  static <T> T copy(T v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> c = new LinkedHashMap<>();
      m.forEach((k, x) -> c.put(String.valueOf(k), copy(x)));
      return (T) c;
    }
    if (v instanceof List<?> l) {
      List<Object> c = new ArrayList<>();
      l.forEach(x -> c.add(copy(x)));
      return (T) c;
    }
    return v;
  }

  // ---- the schema walk ------------------------------------------------------------------------

  /**
   * A topology built from the schema alone: every object gets its required keys and a random subset
   * of the optional ones, enums and consts pick a member, patterned strings take a blueprint value
   * of the same key, and with probability {@code awkward} a leaf is an awkward value instead.
   */
  static Map<String, Object> fromSchema(SplittableRandom r, double awkward) {
    @SuppressWarnings("unchecked")
    Map<String, Object> t = (Map<String, Object>) walk(r, SCHEMA, "$", awkward, 0);
    t.put("apiVersion", "flgen/v1");
    return t;
  }

  private static JsonNode resolve(JsonNode n) {
    while (n.has("$ref")) {
      String ref = n.get("$ref").asString();
      n = SCHEMA.at(ref.substring(1));
    }
    return n;
  }

  private static Object walk(
      SplittableRandom r, JsonNode node, String key, double awkward, int depth) {
    JsonNode n = resolve(node);
    if (n.has("const")) {
      return scalar(n.get("const"));
    }
    if (n.has("enum")) {
      List<JsonNode> e = new ArrayList<>();
      n.get("enum").forEach(e::add);
      return r.nextDouble() < awkward
          ? Awkward.caseVariant(r, String.valueOf(scalar(Awkward.pick(r, e))))
          : scalar(Awkward.pick(r, e));
    }
    JsonNode declared = n.path("type");
    String type =
        declared.isArray()
            ? declared.get(0).asString()
            : declared.isString()
                ? declared.asString()
                : (n.has("properties") ? "object" : "string");
    switch (type) {
      case "object":
        {
          Map<String, Object> m = new LinkedHashMap<>();
          List<String> required = new ArrayList<>();
          n.path("required").forEach(x -> required.add(x.asString()));
          JsonNode props = n.path("properties");
          List<String> names = new ArrayList<>();
          props.propertyNames().forEach(names::add);
          // the silo's kind decides its other keys (the schema's allOf/if/then)
          List<String> allowed = null;
          String kind = null;
          if (props.has("kind") && n.has("allOf")) {
            kind = String.valueOf(walk(r, props.get("kind"), "kind", 0, depth + 1));
            for (JsonNode c : n.get("allOf")) {
              if (c.at("/if/properties/kind/const").asString().equals(kind)) {
                c.at("/then/required").forEach(x -> required.add(x.asString()));
                allowed = new ArrayList<>();
                for (JsonNode x : c.at("/then/propertyNames/enum")) {
                  allowed.add(x.asString());
                }
              }
            }
          }
          for (String p : names) {
            boolean want = required.contains(p) || (depth < 6 && r.nextInt(3) == 0);
            if (allowed != null && !allowed.contains(p) && r.nextDouble() >= awkward) {
              want = false;
            }
            if (!want) {
              continue;
            }
            m.put(
                p,
                p.equals("kind") && kind != null
                    ? kind
                    : walk(r, props.get(p), p, awkward, depth + 1));
          }
          if (n.has("additionalProperties")
              && n.get("additionalProperties").isObject()
              && r.nextInt(3) == 0) {
            for (int i = r.nextInt(1, 4); i > 0; i--) {
              String k = (key.equals("parameters") ? "param_" : "tag") + i;
              m.put(
                  r.nextDouble() < awkward ? Awkward.key(r, k) : k,
                  walk(r, n.get("additionalProperties"), k, awkward, depth + 1));
            }
          }
          if (r.nextDouble() < awkward / 4) {
            m.put(Awkward.key(r, "unknown"), "x"); // additionalProperties false
          }
          return m;
        }
      case "array":
        {
          int min = n.path("minItems").asInt(0);
          int max = Math.min(n.path("maxItems").asInt(4), min + 3);
          List<Object> l = new ArrayList<>();
          for (int i = r.nextInt(min, Math.max(min, max) + 1); i > 0; i--) {
            l.add(walk(r, n.path("items"), key, awkward, depth + 1));
          }
          return l;
        }
      case "integer":
      case "number":
        {
          if (r.nextDouble() < awkward) {
            return Awkward.number(r);
          }
          List<Object> known = POOL.get(key);
          if (known != null && r.nextBoolean()) {
            return Awkward.pick(r, known);
          }
          long lo =
              n.has("minimum")
                  ? n.get("minimum").asLong()
                  : (n.has("exclusiveMinimum") ? n.get("exclusiveMinimum").asLong() + 1 : 0);
          long hi = n.has("maximum") ? n.get("maximum").asLong() : lo + 100;
          return type.equals("integer")
              ? (Object) (lo + r.nextLong(Math.max(1, hi - lo + 1)))
              : (Object) (lo + r.nextDouble() * (hi - lo));
        }
      case "boolean":
        return r.nextBoolean();
      default:
        {
          List<Object> known = POOL.get(key);
          String base =
              known != null
                  ? String.valueOf(Awkward.pick(r, known))
                  : (n.has("default") ? n.get("default").asString() : "x" + r.nextInt(100));
          return r.nextDouble() < awkward ? Awkward.string(r, base) : base;
        }
    }
  }

  private static Object scalar(JsonNode v) {
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    return v.asString();
  }

  // ---- blueprint variants ---------------------------------------------------------------------

  /** The resource group a silo's resources go to: its own, or the orchestrator's plus its name. */
  @SuppressWarnings("unchecked")
  static String siloGroup(Map<String, Object> t, Map<String, Object> silo) {
    Object g = silo.get("resourceGroup");
    return g != null
        ? (String) g
        : ((Map<String, Object>) t.get("orchestrator")).get("resourceGroup")
            + "-"
            + silo.get("name");
  }

  @SuppressWarnings("unchecked")
  static String prefix(Map<String, Object> t) {
    Map<String, Object> md = (Map<String, Object>) t.get("metadata");
    Object naming = md.get("naming");
    Object p = naming instanceof Map<?, ?> nm ? nm.get("prefix") : null;
    return p != null ? (String) p : ((String) md.get("name")).replace("-", "");
  }

  /** The identity name flgen gives a party that does not name its own. */
  @SuppressWarnings("unchecked")
  static String identityName(Map<String, Object> t, Map<String, Object> silo) {
    if (silo == null) {
      return "id-" + prefix(t) + "-orchestrator";
    }
    Object id = silo.get("identity");
    if (id instanceof Map<?, ?> m && m.get("name") != null) {
      return (String) m.get("name");
    }
    return "id-" + prefix(t) + "-" + silo.get("name");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> silos(Map<String, Object> t) {
    return (List<Map<String, Object>>) t.get("silos");
  }

  /** The edits a variant applies; each keeps a blueprint close to valid. */
  enum Edit {
    RENAME_SILO,
    ADD_SILO,
    DROP_SILO,
    SHUFFLE_SILOS,
    STAGE,
    SILO_NETWORK_MODE,
    ORCHESTRATOR_NETWORK_MODE,
    REGION,
    SILO_RESOURCE_GROUP,
    IDENTITY_NAME,
    TAKE_ORCHESTRATOR_IDENTITY,
    TAKE_SILO_IDENTITY,
    PEOPLE,
    DATA_OWNERS,
    ROUNDS,
    PARAMETER,
    TAG,
    DROP_OPTIONAL,
    SENSITIVITY
  }

  static final List<String> SILO_NAMES =
      List.of("alpha", "beta", "gamma", "delta-2", "hosp-x", "clinic9", "zz", "bank-n-1");

  /**
   * A blueprint with 1-4 random edits. With {@code awkward} false, edits use well-formed values
   * only; with it true, free-text values come from the enabled awkward classes.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> variant(SplittableRandom r, boolean awkward, List<Edit> applied) {
    Map<String, Object> t = blueprint(Awkward.pick(r, BLUEPRINTS));
    for (int i = r.nextInt(1, 5); i > 0; i--) {
      Edit e = Awkward.pick(r, List.of(Edit.values()));
      if (!Awkward.CASE_VARIANT_IDENTITIES
          && (e == Edit.TAKE_ORCHESTRATOR_IDENTITY || e == Edit.TAKE_SILO_IDENTITY)) {
        continue;
      }
      applied.add(e);
      apply(r, t, e, awkward);
    }
    return t;
  }

  @SuppressWarnings("unchecked")
  static void apply(SplittableRandom r, Map<String, Object> t, Edit e, boolean awkward) {
    List<Map<String, Object>> silos = silos(t);
    Map<String, Object> orch = (Map<String, Object>) t.get("orchestrator");
    Map<String, Object> md = (Map<String, Object>) t.get("metadata");
    Map<String, Object> silo = silos.isEmpty() ? null : Awkward.pick(r, silos);
    switch (e) {
      case RENAME_SILO -> {
        if (silo != null) {
          silo.put("name", Awkward.pick(r, SILO_NAMES));
        }
      }
      case ADD_SILO -> {
        if (silo != null && silos.size() < 6) {
          Map<String, Object> c = copy(silo);
          c.put("name", Awkward.pick(r, SILO_NAMES));
          Object net = c.get("network");
          if (net instanceof Map<?, ?> nm && nm.get("addressSpace") != null) {
            ((Map<String, Object>) nm).put("addressSpace", "10." + r.nextInt(100, 250) + ".0.0/16");
          }
          c.remove("identity");
          c.remove("resourceGroup");
          Object st = c.get("storage");
          if (st instanceof Map<?, ?> sm && sm.containsKey("existing")) {
            c.remove("storage");
          }
          silos.add(r.nextInt(silos.size() + 1), c);
        }
      }
      case DROP_SILO -> {
        if (silos.size() > 1) {
          silos.remove(r.nextInt(silos.size()));
        }
      }
      case SHUFFLE_SILOS -> Collections.shuffle(silos, new java.util.Random(r.nextLong()));
      case STAGE -> md.put("stage", Awkward.pick(r, List.of("crawl", "walk", "run")));
      case SILO_NETWORK_MODE -> {
        if (silo != null) {
          ((Map<String, Object>) silo.computeIfAbsent("network", k -> new LinkedHashMap<>()))
              .put("mode", Awkward.pick(r, List.of("open", "vnet", "private")));
        }
      }
      case ORCHESTRATOR_NETWORK_MODE ->
          ((Map<String, Object>) orch.computeIfAbsent("network", k -> new LinkedHashMap<>()))
              .put("mode", Awkward.pick(r, List.of("open", "vnet", "private")));
      case REGION -> {
        Map<String, Object> where = silo != null && r.nextBoolean() ? silo : orch;
        where.put("region", Awkward.pick(r, POOL.get("region")).toString());
      }
      case SILO_RESOURCE_GROUP -> {
        if (silo != null) {
          String rg =
              r.nextBoolean()
                  ? (String) orch.get("resourceGroup")
                  : "rg-" + Awkward.pick(r, SILO_NAMES);
          silo.put(
              "resourceGroup",
              awkward && r.nextBoolean() && Awkward.CASE_VARIANT_IDENTITIES
                  ? Awkward.caseVariant(r, rg)
                  : rg);
        }
      }
      case IDENTITY_NAME -> {
        if (silo != null) {
          String name = "id-" + Awkward.pick(r, SILO_NAMES) + "-" + r.nextInt(100);
          silo.put(
              "identity",
              new LinkedHashMap<>(Map.of("name", awkward ? Awkward.string(r, name) : name)));
        }
      }
      case TAKE_ORCHESTRATOR_IDENTITY -> {
        // the attack of issue 10: a silo names the orchestrator's identity in the orchestrator's
        // group, in other case
        // not from a cross-tenant silo: its identity lives in the home tenant in <orchestrator
        // group>-<silo>,
        // whatever its resourceGroup says, so it cannot be made the orchestrator's
        if (silo != null && !"cross-tenant".equals(silo.get("kind"))) {
          silo.put(
              "identity",
              new LinkedHashMap<>(Map.of("name", Awkward.caseVariant(r, identityName(t, null)))));
          silo.put("resourceGroup", Awkward.caseVariant(r, (String) orch.get("resourceGroup")));
          // same subscription too, or it is another identity: spelled out, or left to the default
          if (silo.containsKey("subscriptionId") || r.nextBoolean()) {
            silo.put("subscriptionId", orch.get("subscriptionId"));
          }
        }
      }
      case TAKE_SILO_IDENTITY -> {
        if (silos.size() > 1) {
          Map<String, Object> victim = silos.get(0);
          Map<String, Object> thief = silos.get(1 + r.nextInt(silos.size() - 1));
          if ("cross-tenant".equals(victim.get("kind"))
              || "cross-tenant".equals(thief.get("kind"))) {
            // a cross-tenant silo's identity is in <orchestrator group>-<silo>, whatever its
            // resourceGroup says
            return;
          }
          String rg = siloGroup(t, victim);
          thief.put(
              "identity",
              new LinkedHashMap<>(Map.of("name", Awkward.caseVariant(r, identityName(t, victim)))));
          thief.put("resourceGroup", Awkward.caseVariant(r, rg));
          if (victim.get("subscriptionId") != null) {
            thief.put("subscriptionId", victim.get("subscriptionId"));
          } else {
            thief.remove("subscriptionId");
          }
        }
      }
      case PEOPLE -> {
        Map<String, Object> people =
            (Map<String, Object>) t.computeIfAbsent("people", k -> new LinkedHashMap<>());
        List<Object> ds =
            (List<Object>) people.computeIfAbsent("dataScientists", k -> new ArrayList<>());
        ds.add(
            new LinkedHashMap<>(
                Map.of("objectId", guid(r), "type", Awkward.pick(r, List.of("group", "user")))));
      }
      case DATA_OWNERS -> {
        if (silo != null) {
          List<Object> ds =
              (List<Object>) silo.computeIfAbsent("dataOwners", k -> new ArrayList<>());
          ds.add(
              new LinkedHashMap<>(
                  Map.of("objectId", guid(r), "type", Awkward.pick(r, List.of("group", "user")))));
        }
      }
      case ROUNDS ->
          ((Map<String, Object>) t.get("job"))
              .put("rounds", awkward && r.nextBoolean() ? Awkward.number(r) : r.nextInt(1, 50));
      case PARAMETER -> {
        Map<String, Object> job = (Map<String, Object>) t.get("job");
        Map<String, Object> ps =
            (Map<String, Object>) job.computeIfAbsent("parameters", k -> new LinkedHashMap<>());
        String v = "v" + r.nextInt(1000);
        ps.put(
            awkward && r.nextInt(4) == 0 ? Awkward.key(r, "lr") : "p_" + r.nextInt(20),
            awkward ? Awkward.string(r, v) : v);
      }
      case TAG -> {
        Map<String, Object> tags =
            (Map<String, Object>) md.computeIfAbsent("tags", k -> new LinkedHashMap<>());
        String v = "team-" + r.nextInt(10);
        tags.put(
            awkward && r.nextInt(4) == 0 ? Awkward.key(r, "owner") : "owner" + r.nextInt(5),
            awkward ? Awkward.string(r, v) : v);
      }
      case DROP_OPTIONAL -> {
        List<Runnable> drops = new ArrayList<>();
        drops.add(() -> t.remove("people"));
        drops.add(() -> t.remove("network"));
        drops.add(() -> t.remove("waivers"));
        drops.add(() -> orch.remove("keyVault"));
        if (silo != null) {
          drops.add(() -> silo.remove("dataOwners"));
          drops.add(() -> silo.remove("storage"));
          drops.add(() -> silo.remove("identity"));
        }
        Awkward.pick(r, drops).run();
      }
      case SENSITIVITY -> {
        if (silo != null) {
          ((Map<String, Object>) silo.computeIfAbsent("data", k -> new LinkedHashMap<>()))
              .put("sensitivity", Awkward.pick(r, List.of("sensitive", "non-sensitive")));
        }
      }
    }
  }

  static String guid(SplittableRandom r) {
    return String.format(
        Locale.ROOT,
        "%08x-%04x-4%03x-8%03x-%012x",
        r.nextInt() & 0xffffffffL,
        r.nextInt(0x10000),
        r.nextInt(0x1000),
        r.nextInt(0x1000),
        r.nextLong(0x1000000000000L));
  }

  /** Removes map entries whose value is null (a walk may produce them). */
  static void prune(Object v) {
    if (v instanceof Map<?, ?> m) {
      for (Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<?, ?> e = it.next();
        if (e.getValue() == null) {
          it.remove();
        } else {
          prune(e.getValue());
        }
      }
    } else if (v instanceof List<?> l) {
      l.forEach(Topologies::prune);
    }
  }
}
