package io.flgen.property;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mutation corpus of issue 10 item 8: hostile mutants of the blueprints, generated from a fixed
 * seed at test time, each run through `flgen validate` in this JVM and held to the exit code class
 * its mutation calls for, with no stack trace. See docs/testing.md.
 */
class MutationCorpusTest {
  /** What a mutant's exit code must be. */
  enum Expect {
    /** 0, 1 or 2: anything but an internal error. */
    NO_CRASH(Set.of(0, 1, 2)),
    /** 2: invalid input. */
    INVALID(Set.of(2)),
    /** 1 or 2: flagged or refused, never accepted. */
    REFUSED(Set.of(1, 2)),
    /** exactly the blueprint's own exit code. */
    SAME_AS_BLUEPRINT(Set.of());

    final Set<Integer> codes;

    Expect(Set<Integer> codes) {
      this.codes = codes;
    }
  }

  /** The mutations, with the class each one's mutants must land in. */
  enum Op {
    // structural
    DELETE_KEY(Expect.NO_CRASH, true),
    DUPLICATE_KEY(Expect.INVALID, true),
    RETYPE_VALUE(Expect.NO_CRASH, true),
    RETYPE_TOP_LEVEL(Expect.INVALID, true),
    REORDER_KEYS(Expect.SAME_AS_BLUEPRINT, true),
    TRUNCATE(Expect.NO_CRASH, true),
    // semantic
    SWAP_SILO_NAMES(Expect.SAME_AS_BLUEPRINT, true),
    DUPLICATE_SILO_NAME(Expect.INVALID, true),
    SHARE_ORCHESTRATOR_IDENTITY(Expect.REFUSED, true),
    CASE_VARIANT_ORCHESTRATOR_IDENTITY(Expect.INVALID, Awkward.CASE_VARIANT_IDENTITIES),
    CASE_VARIANT_SILO_IDENTITY(Expect.INVALID, Awkward.CASE_VARIANT_IDENTITIES),
    OUT_OF_RANGE_NUMBER(Expect.INVALID, true),
    HUGE_NUMBER(Expect.INVALID, Awkward.HUGE_NUMBERS),
    EXPRESSION_INJECTION(Expect.INVALID, Awkward.EXPRESSIONS),
    LONG_NAME(Expect.INVALID, Awkward.LONG_STRINGS),
    UNICODE_NAME(Expect.INVALID, true),
    NEWLINE_KEY(Expect.INVALID, Awkward.NEWLINE_KEYS),
    CONTROL_CHARS_IN_NAME(Expect.INVALID, Awkward.CONTROL_CHARS);

    final Expect expect;
    final boolean enabled;

    Op(Expect expect, boolean enabled) {
      this.expect = expect;
      this.enabled = enabled;
    }
  }

  /** A mutant: its number, operation, blueprint and text. */
  record Mutant(int no, Op op, String blueprint, String yaml) {}

  static final List<Op> ENABLED = List.of(Op.values()).stream().filter(o -> o.enabled).toList();

  /** Mutant {@code i}: the blueprint and operation go round-robin, the rest comes from the seed. */
  static Mutant mutant(int i) {
    SplittableRandom r = new SplittableRandom(Fuzz.seed() * 31 + i);
    String bp = Topologies.BLUEPRINTS.get(i % Topologies.BLUEPRINTS.size());
    Op op = ENABLED.get((i / Topologies.BLUEPRINTS.size()) % ENABLED.size());
    Map<String, Object> t = Topologies.blueprint(bp);
    String yaml =
        switch (op) {
          case DUPLICATE_KEY -> duplicateLine(r, Topologies.yaml(t));
          case TRUNCATE -> {
            String y = Topologies.yaml(t);
            yield y.substring(0, r.nextInt(y.length()));
          }
          default -> {
            mutate(r, t, op);
            if (op.compareTo(Op.SWAP_SILO_NAMES) >= 0) {
              mutate(
                  r,
                  t,
                  Op.REORDER_KEYS); // a semantic mutant in a reordered document: reordering keeps
              // the exit code
            }
            yield Topologies.yaml(t);
          }
        };
    return new Mutant(i, op, bp, yaml);
  }

  private static String duplicateLine(SplittableRandom r, String yaml) {
    List<String> lines = new ArrayList<>(yaml.lines().toList());
    List<Integer> keys = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).matches("\\s*[A-Za-z][A-Za-z0-9]*:.*")) {
        keys.add(k);
      }
    }
    int k = Awkward.pick(r, keys);
    lines.add(k + 1, lines.get(k));
    return String.join("\n", lines) + "\n";
  }

  /** Every (map, key) in the tree, in document order. */
  @SuppressWarnings("unchecked")
  private static void entries(Object v, List<Map.Entry<Map<String, Object>, String>> out) {
    if (v instanceof Map<?, ?> m) {
      for (Object k : new ArrayList<>(m.keySet())) {
        out.add(Map.entry((Map<String, Object>) m, (String) k));
        entries(m.get(k), out);
      }
    } else if (v instanceof List<?> l) {
      l.forEach(x -> entries(x, out));
    }
  }

  private static Object otherType(SplittableRandom r, Object v) {
    List<Object> options =
        new ArrayList<>(
            List.of(
                "text-" + r.nextInt(1000),
                r.nextInt(-5, 5000),
                r.nextBoolean(),
                List.of("a", "b" + r.nextInt(10)),
                new LinkedHashMap<>(Map.of("k" + r.nextInt(10), "v"))));
    options.add(null);
    options.removeIf(
        o ->
            o != null
                && v != null
                && (o.getClass() == v.getClass()
                    || (o instanceof Map && v instanceof Map)
                    || (o instanceof List && v instanceof List)));
    options.removeIf(o -> o == null && v == null);
    return Awkward.pick(r, options);
  }

  @SuppressWarnings("unchecked")
  private static void mutate(SplittableRandom r, Map<String, Object> t, Op op) {
    List<Map.Entry<Map<String, Object>, String>> all = new ArrayList<>();
    entries(t, all);
    List<Map<String, Object>> silos = Topologies.silos(t);
    Map<String, Object> orch = (Map<String, Object>) t.get("orchestrator");
    Map<String, Object> silo = Awkward.pick(r, silos);
    switch (op) {
      case DELETE_KEY -> {
        var e = Awkward.pick(r, all);
        e.getKey().remove(e.getValue());
      }
      case RETYPE_VALUE -> {
        var e = Awkward.pick(r, all);
        e.getKey().put(e.getValue(), otherType(r, e.getKey().get(e.getValue())));
      }
      case RETYPE_TOP_LEVEL -> {
        String k =
            Awkward.pick(r, List.of("apiVersion", "metadata", "orchestrator", "silos", "job"));
        t.put(k, otherType(r, t.get(k)));
      }
      case REORDER_KEYS -> {
        List<Map<String, Object>> maps = new ArrayList<>();
        all.forEach(
            e -> {
              if (!maps.contains(e.getKey())) {
                maps.add(e.getKey());
              }
            });
        for (Map<String, Object> m : maps) {
          if (r.nextBoolean()) {
            List<String> keys = new ArrayList<>(m.keySet());
            Collections.shuffle(keys, new java.util.Random(r.nextLong()));
            Map<String, Object> copy = new LinkedHashMap<>(m);
            m.clear();
            keys.forEach(k -> m.put(k, copy.get(k)));
          }
        }
      }
      case SWAP_SILO_NAMES -> {
        if (silos.size() > 1) {
          Map<String, Object> other =
              silos.get((silos.indexOf(silo) + r.nextInt(1, silos.size())) % silos.size());
          Object n = silo.get("name");
          silo.put("name", other.get("name"));
          other.put("name", n);
        }
      }
      case DUPLICATE_SILO_NAME -> {
        if (silos.size() > 1) {
          Map<String, Object> other =
              silos.get((silos.indexOf(silo) + r.nextInt(1, silos.size())) % silos.size());
          other.put("name", silo.get("name"));
        } else {
          silos.add(Topologies.copy(silo));
        }
      }
      case SHARE_ORCHESTRATOR_IDENTITY -> {
        silo.put("identity", new LinkedHashMap<>(Map.of("name", Topologies.identityName(t, null))));
        silo.put("resourceGroup", orch.get("resourceGroup"));
        silo.remove("subscriptionId");
      }
      case CASE_VARIANT_ORCHESTRATOR_IDENTITY ->
          applyUntilChanged(r, t, Topologies.Edit.TAKE_ORCHESTRATOR_IDENTITY);
      case CASE_VARIANT_SILO_IDENTITY -> {
        if (silos.size() < 2) {
          Topologies.apply(r, t, Topologies.Edit.ADD_SILO, false);
        }
        applyUntilChanged(r, t, Topologies.Edit.TAKE_SILO_IDENTITY);
      }
      case OUT_OF_RANGE_NUMBER, HUGE_NUMBER -> {
        Object n =
            op == Op.HUGE_NUMBER
                ? Awkward.pick(r, List.of(1.0e19, 1e308, java.math.BigInteger.TWO.pow(64), -1e308))
                // every key below has minimum >= 0 and maximum <= 1000
                : Awkward.pick(
                    r,
                    List.of(-1, -2147483648, -r.nextInt(1, 100000), r.nextInt(1001, 10_000_000)));
        Map<String, Object> job = (Map<String, Object>) t.get("job");
        List<Runnable> where = new ArrayList<>(List.of(() -> job.put("rounds", n)));
        for (var e : all) {
          if (List.of("maxNodes", "minNodes", "softDeleteDays", "nodeCount", "gpu")
              .contains(e.getValue())) {
            where.add(() -> e.getKey().put(e.getValue(), n));
          }
        }
        Awkward.pick(r, where).run();
      }
      case EXPRESSION_INJECTION -> {
        Map<String, Object> job = (Map<String, Object>) t.get("job");
        String x = Awkward.pick(r, Awkward.EXPRESSION_VALUES);
        Awkward.<Runnable>pick(
                r,
                List.of(
                    () ->
                        ((Map<String, Object>)
                                job.computeIfAbsent("parameters", k -> new LinkedHashMap<>()))
                            .put("lr", x),
                    () -> job.put("experimentName", x),
                    () -> ((Map<String, Object>) silo.get("data")).put("container", x)))
            .run();
      }
      case LONG_NAME -> {
        String s = "a".repeat(1000 + r.nextInt(4000));
        Awkward.<Runnable>pick(
                r,
                List.of(
                    () -> silo.put("name", s),
                    () -> orch.put("resourceGroup", s),
                    () -> ((Map<String, Object>) t.get("metadata")).put("name", s),
                    () -> silo.put("identity", new LinkedHashMap<>(Map.of("name", s)))))
            .run();
      }
      case UNICODE_NAME -> {
        String name = (String) silo.get("name");
        int at = r.nextInt(name.length() + 1);
        silo.put(
            "name", name.substring(0, at) + Awkward.pick(r, Awkward.UNICODE) + name.substring(at));
      }
      case NEWLINE_KEY -> {
        // not into metadata.tags: tag names are free text (Azure forbids only <>%&\?/), written
        // JSON-escaped
        Object tags = ((Map<String, Object>) t.get("metadata")).get("tags");
        var e = Awkward.pick(r, all.stream().filter(x -> x.getKey() != tags).toList());
        e.getKey()
            .put(
                Awkward.pick(
                    r,
                    List.of(
                        "x\nt.yaml:1:1: $: forged", "\n" + e.getValue(), e.getValue() + "\r\n")),
                "v");
      }
      case CONTROL_CHARS_IN_NAME ->
          silo.put("name", silo.get("name") + Awkward.pick(r, Awkward.CONTROLS));
      default -> throw new IllegalArgumentException(op.toString());
    }
  }

  /**
   * Applies an edit that may pass over its random target (a cross-tenant silo) until it changes the
   * topology.
   */
  private static void applyUntilChanged(
      SplittableRandom r, Map<String, Object> t, Topologies.Edit edit) {
    for (int k = 0; k < 50; k++) {
      if (k > 0) {
        Topologies.apply(
            r, t, Topologies.Edit.SHUFFLE_SILOS, false); // order never changes the exit code
      }
      String before = Topologies.yaml(t);
      Topologies.apply(r, t, edit, false);
      if (!Topologies.yaml(t).equals(before)) {
        return;
      }
    }
    throw new IllegalStateException(edit + " found no silo to apply to");
  }

  @TempDir Path tmp;

  @Test
  void everyMutantLandsInItsExitCodeClassWithoutAStackTrace() {
    long start = System.nanoTime();
    int n = Fuzz.tries(5000);
    Map<String, Integer> blueprintCode = new TreeMap<>();
    for (String b : Topologies.BLUEPRINTS) {
      Path f = tmp.resolve("bp-" + b + ".yaml");
      Fuzz.write(f, Topologies.yaml(Topologies.blueprint(b)));
      blueprintCode.put(b, Fuzz.cli("validate", "--no-color", f.toString()).code());
    }
    Map<Op, Map<Integer, AtomicInteger>> tally = new EnumMap<>(Op.class);
    ENABLED.forEach(o -> tally.put(o, new ConcurrentHashMap<>()));
    Set<java.util.UUID> distinct = ConcurrentHashMap.newKeySet();
    Fuzz.forAll(
        n,
        i -> {
          Mutant m = mutant(i);
          distinct.add(
              java.util.UUID.nameUUIDFromBytes(
                  m.yaml().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
          Path f = tmp.resolve("m" + i + ".yaml");
          Fuzz.write(f, m.yaml());
          Fuzz.Run run = Fuzz.cli("validate", "--no-color", f.toString());
          f.toFile().delete();
          tally.get(m.op()).computeIfAbsent(run.code(), k -> new AtomicInteger()).incrementAndGet();
          Set<Integer> allowed =
              m.op().expect == Expect.SAME_AS_BLUEPRINT
                  ? Set.of(blueprintCode.get(m.blueprint()))
                  : m.op().expect.codes;
          String why =
              !allowed.contains(run.code())
                  ? "exit " + run.code() + ", expected " + allowed
                  : Fuzz.hasStackTrace(run.all()) ? "a stack trace" : null;
          return why == null
              ? null
              : Fuzz.reproducer(
                      "mutant " + m.op() + " of " + m.blueprint() + ": " + why, i, m.yaml())
                  + "\n--- output ---\n"
                  + run.all();
        });
    StringBuilder counts = new StringBuilder();
    tally.forEach(
        (op, codes) ->
            counts.append(
                String.format(
                    Locale.ROOT, "  %-36s %-18s exits %s%n", op, op.expect, new TreeMap<>(codes))));
    System.out.printf(
        Locale.ROOT,
        "[mutation] %d mutants (%d distinct) of %d blueprints, %d operations on (%d off), in %.1f s, seed %d%n%s",
        n,
        distinct.size(),
        Topologies.BLUEPRINTS.size(),
        ENABLED.size(),
        Op.values().length - ENABLED.size(),
        (System.nanoTime() - start) / 1e9,
        Fuzz.seed(),
        counts);
    assertTrue(n >= 5000, "the corpus has at least 5,000 mutants");
    assertTrue(
        distinct.size() > n * 9 / 10, "most mutants are distinct: " + distinct.size() + " of " + n);
  }
}
