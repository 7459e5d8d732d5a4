package io.flgen.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.flgen.render.GeneratedFiles;
import io.flgen.render.OutputFolder;
import io.flgen.review.Review;
import io.flgen.review.ReviewResult;
import io.flgen.verify.BicepSyntax;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-based invariants of issue 10 item 7, over generated topologies, in this JVM. See
 * docs/testing.md for the budget, the seed and the switches in {@link Awkward}.
 */
class TopologyPropertiesTest {
  /** Control, bidi and ANSI characters: never printed raw in a diagnostic. */
  private static final Pattern RAW_CONTROL =
      Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f\\u202a-\\u202e\\u2066-\\u2069]");

  @TempDir Path tmp;

  /** Case {@code i} of a property: a fresh random source, so any case re-runs alone. */
  static SplittableRandom random(String property, int i) {
    return new SplittableRandom(
        Fuzz.seed() ^ (property.hashCode() * 0x9E3779B97F4A7C15L) ^ i * 0xBF58476D1CE4E5B9L);
  }

  private static void report(String property, int cases, int valid, long startNanos) {
    System.out.printf(
        Locale.ROOT,
        "[property] %s: %d cases (%d valid topologies) in %.1f s, seed %d%n",
        property,
        cases,
        valid,
        (System.nanoTime() - startNanos) / 1e9,
        Fuzz.seed());
  }

  /** Half the cases walk the schema, half vary a blueprint with awkward values. */
  static String generated(int i) {
    SplittableRandom r = random("validate", i);
    Object t =
        i % 2 == 0
            ? Topologies.fromSchema(r, 0.05)
            : Topologies.variant(r, true, new ArrayList<>());
    Topologies.prune(t);
    return Topologies.yaml(t);
  }

  @Test
  void validateNeverExitsThreeNorPrintsAStackTraceAndEachDiagnosticIsOneCleanLine() {
    long start = System.nanoTime();
    int n = Fuzz.tries(1500);
    AtomicInteger valid = new AtomicInteger();
    Fuzz.forAll(
        n,
        i -> {
          String yaml = generated(i);
          Path file = tmp.resolve("v" + i + ".yaml");
          Fuzz.write(file, yaml);
          // three cases in eight print JSON or SARIF: every printer gets hostile text
          String format =
              switch (i % 8) {
                case 2, 7 -> "json";
                case 3 -> "sarif";
                default -> "text";
              };
          Fuzz.Run run = Fuzz.cli("validate", "--no-color", "--format", format, file.toString());
          file.toFile().delete();
          String why = null;
          if (run.code() == 3 || run.code() < 0 || run.code() > 3) {
            why = "exit " + run.code();
          } else if (Fuzz.hasStackTrace(run.all())) {
            why = "a stack trace";
          } else if (RAW_CONTROL.matcher(run.all()).find()) {
            why = "a raw control, bidi or ANSI character in the output";
          } else if (run.code() == 2 && format.equals("text")) {
            Pattern located =
                Pattern.compile("^" + Pattern.quote(file.toString()) + ":\\d+:\\d+: ");
            List<String> lines = run.out().lines().toList();
            for (int k = 0; k < lines.size() - 1; k++) {
              if (!located.matcher(lines.get(k)).find()) {
                why = "an output line that is not a located diagnostic: " + lines.get(k);
                break;
              }
            }
          }
          if (run.code() == 0) {
            valid.incrementAndGet();
          }
          return why == null
              ? null
              : Fuzz.reproducer("validate printed " + why, i, yaml)
                  + "\n--- output ---\n"
                  + run.all();
        });
    report("validate", n, valid.get(), start);
    assertTrue(
        valid.get() > n / 20,
        "the generators make too few valid topologies to test anything: " + valid + " of " + n);
  }

  @Test
  void everyValidTopologyKeepsTheSecurityPromise() {
    long start = System.nanoTime();
    int n = Fuzz.tries(1500);
    AtomicInteger valid = new AtomicInteger();
    Fuzz.forAll(
        n,
        i -> {
          SplittableRandom r = random("security", i);
          List<Topologies.Edit> edits = new ArrayList<>();
          String yaml = Topologies.yaml(Topologies.variant(r, i % 3 == 0, edits));
          Optional<Stages.Valid> v = Stages.valid(yaml);
          if (v.isEmpty()) {
            return null;
          }
          valid.incrementAndGet();
          List<String> broken = Invariants.violations(v.get().plan());
          return broken.isEmpty()
              ? null
              : Fuzz.reproducer("the security promise (edits " + edits + ")", i, yaml)
                  + "\n--- violations ---\n"
                  + String.join("\n", broken);
        });
    report("security", n, valid.get(), start);
    assertTrue(valid.get() > n / 4, "too few valid variants: " + valid + " of " + n);
  }

  @Test
  void renderIsByteIdenticalTwiceReviewReadsBackThePlansAccessMatrixAndEveryBicepParses()
      throws IOException {
    long start = System.nanoTime();
    int n = Fuzz.tries(60);
    int valid = 0;
    int files = 0;
    Map<String, String> inputs = new TreeMap<>();
    for (int i = 0; valid < n; i++) {
      SplittableRandom r = random("render", i);
      String yaml = Topologies.yaml(Topologies.variant(r, false, new ArrayList<>()));
      Optional<Stages.Valid> v = Stages.valid(yaml);
      if (v.isEmpty()) {
        continue;
      }
      valid++;
      GeneratedFiles once = v.get().render();
      GeneratedFiles twice = Stages.valid(yaml).orElseThrow().render();
      if (!once.asMap().equals(twice.asMap())) {
        fail(Fuzz.reproducer("render twice is not byte-identical", i, yaml));
      }
      String name = String.format(Locale.ROOT, "case-%05d", i);
      Path dir = tmp.resolve(name);
      OutputFolder.write(dir, once);
      inputs.put(name, Fuzz.reproducer("this rendered topology", i, yaml));
      files += once.asMap().size();
      ReviewResult review = Review.run(dir, name, Optional.empty(), true);
      assertEquals(
          Invariants.matrix(v.get().plan()),
          Invariants.matrix(review.plan()),
          () -> Fuzz.reproducer("review(render(t)) equals the plan's access matrix", 0, yaml));
      assertEquals(
          List.of(),
          review.problems(),
          () -> Fuzz.reproducer("review parses its own render", 0, yaml));
    }
    // one node process for every rendered .bicep file
    BicepSyntax.Result parsed = BicepSyntax.check(tmp);
    if (!parsed.ok()) {
      String first = parsed.errors().isEmpty() ? parsed.output() : parsed.errors().get(0);
      String caseName =
          tmp.relativize(Path.of(first.substring(0, Math.max(0, first.indexOf(':')))))
              .getName(0)
              .toString();
      fail(
          "a rendered .bicep does not parse: "
              + first
              + "\n"
              + inputs.getOrDefault(caseName, parsed.output()));
    }
    report("render+review+bicep (" + files + " files)", n, valid, start);
  }
}
