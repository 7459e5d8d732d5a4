package io.flgen.property;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The awkward values the generators mix into topologies, in classes that can be switched off.
 *
 * <p>A class is off only while an invariant fails on it because of a bug that another branch is
 * fixing: the invariant stays, and the lead turns the class on once the fix is merged. Each switch
 * names the bug and its reproducer (docs/testing.md lists them too).
 */
final class Awkward {
  private Awkward() {}

  // ---- switches -------------------------------------------------------------------------------

  /**
   * Identity names and resource groups that differ from another party's only in case (issue 10 item
   * 1).
   */
  static final boolean CASE_VARIANT_IDENTITIES = on("CASE_VARIANT_IDENTITIES", true);

  /** Strings of 1,000 to 5,000 characters (issue 10 item 5: backtracking regular expressions). */
  static final boolean LONG_STRINGS = on("LONG_STRINGS", true);

  /** Numbers beyond a Java long or int: 1.0e+19, 1e308, 2^64 (issue 10 item 5). */
  static final boolean HUGE_NUMBERS = on("HUGE_NUMBERS", true);

  /** Azure ML expressions {@code ${{...}}} in user values (issue 10 item 4). */
  static final boolean EXPRESSIONS = on("EXPRESSIONS", true);

  /**
   * Mapping keys that contain a newline (issue 10 item 5: diagnostics that fake FILE:LINE:COL
   * lines).
   */
  static final boolean NEWLINE_KEYS = on("NEWLINE_KEYS", true);

  /** Bidi, ANSI escape and other control characters in values and keys (issue 10 item 5). */
  static final boolean CONTROL_CHARS = on("CONTROL_CHARS", true);

  /**
   * A switch's value: its default, unless the system property {@code flgen.fuzz.enable} lists its
   * name (comma-separated) or says {@code all}, e.g. {@code mvn test -Dflgen.fuzz.enable=all}.
   */
  private static boolean on(String name, boolean byDefault) {
    String enable = System.getProperty("flgen.fuzz.enable", "").trim();
    return byDefault
        || enable.equals("all")
        || java.util.Arrays.asList(enable.split("\\s*,\\s*")).contains(name);
  }

  // ---- values ---------------------------------------------------------------------------------

  static final List<String> UNICODE =
      List.of(
          "hôpital-ß", "病院", "😀silo", "Ωmega", "ｆｕｌｌｗｉｄｔｈ", "e\u0301", "İstanbul", "\u00a0nbsp");
  static final List<String> CONTROLS =
      List.of(
          "a\u202eevil",
          "\u001b[31mred\u001b[0m",
          "x\u0000y",
          "tab\tbed",
          "bell\u0007",
          "<script>alert(1)</script>",
          "\u2066isolate\u2069",
          "cr\rlf");
  static final List<String> EXPRESSION_VALUES =
      List.of(
          "${{parent.jobs.preprocess_x.outputs.train}}",
          "${{inputs.lr}}",
          "pre ${{parent.inputs.data}} post",
          "${{ parent.jobs.aggregate.outputs.model }}");

  /**
   * Upper-cases or lower-cases a random subset of the letters; never returns the input unchanged
   * when it has letters.
   */
  static String caseVariant(SplittableRandom r, String s) {
    if (!s.chars().anyMatch(Character::isLetter)) {
      return s;
    }
    while (true) {
      StringBuilder b = new StringBuilder(s.length());
      for (char c : s.toCharArray()) {
        b.append(r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
      }
      String v = b.toString();
      if (!v.equals(s)) {
        return v;
      }
    }
  }

  static <T> T pick(SplittableRandom r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  /** An awkward string from the enabled classes, built around {@code base}. */
  static String string(SplittableRandom r, String base) {
    List<String> options = new ArrayList<>();
    options.add(base + pick(r, UNICODE));
    options.add(caseVariant(r, base).toUpperCase(Locale.ROOT));
    options.add("");
    options.add(" " + base + " ");
    if (LONG_STRINGS) {
      options.add(
          base.isEmpty() ? "a".repeat(1800) : base.repeat(1 + 1800 / Math.max(1, base.length())));
      options.add("a-".repeat(1000 + r.nextInt(1500)));
    }
    if (EXPRESSIONS) {
      options.add(pick(r, EXPRESSION_VALUES));
    }
    if (CONTROL_CHARS) {
      options.add(base + pick(r, CONTROLS));
    }
    return pick(r, options);
  }

  /** An awkward number from the enabled classes. */
  static Object number(SplittableRandom r) {
    List<Object> options =
        new ArrayList<>(List.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0.5, -0.0, 1.5e3));
    if (HUGE_NUMBERS) {
      options.addAll(
          List.of(
              1.0e19,
              1e308,
              BigInteger.TWO.pow(64),
              Long.MAX_VALUE,
              new BigInteger("99999999999999999999999999")));
    }
    return pick(r, options);
  }

  /** An awkward mapping key from the enabled classes. */
  static String key(SplittableRandom r, String base) {
    List<String> options =
        new ArrayList<>(
            List.of(base + "x", base.toUpperCase(Locale.ROOT), base + pick(r, UNICODE)));
    if (NEWLINE_KEYS) {
      options.add(base + "\nt.yaml:1:1: $: fake diagnostic");
      options.add("\n" + base);
    }
    if (CONTROL_CHARS) {
      options.add(base + pick(r, CONTROLS));
    }
    return pick(r, options);
  }
}
