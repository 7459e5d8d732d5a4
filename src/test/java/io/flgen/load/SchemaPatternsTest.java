package io.flgen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.regex.RegularExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * No long string reaches a backtracking regular expression that recurses per character (issue 10: a
 * 1,800-character container name overflowed the stack in the schema's pattern).
 */
class SchemaPatternsTest {
  /** Strings that walk every repetition in the schema's patterns as far as it goes. */
  private static final List<String> UNITS =
      List.of("a", "a-", "0", "0.", "a/", "/a", "A_", "1Gi", "a.", "../", "-", "_");

  private static List<String> patterns() {
    List<String> out = new ArrayList<>();
    walk(TopologySchema.get().node(), out);
    return out;
  }

  private static void walk(JsonNode n, List<String> out) {
    if (n.isObject()) {
      if (n.path("pattern").isString()) {
        out.add(n.get("pattern").asString());
      }
      n.properties().forEach(e -> walk(e.getValue(), out));
    } else if (n.isArray()) {
      n.forEach(c -> walk(c, out));
    }
  }

  @Test
  @Timeout(30) // hang guard: 40 patterns x 24 inputs of 200,000 characters
  void schemaPatternsDoNotRecursePerCharacter() {
    List<String> ps = patterns();
    assertTrue(ps.size() > 30, "the schema's patterns were found");
    for (String p : ps) {
      Pattern compiled = Pattern.compile(p);
      for (String unit : UNITS) {
        for (String prefix : List.of("", "Standard_", "azureml:")) {
          String s = prefix + unit.repeat(200_000 / unit.length());
          try {
            compiled.matcher(s).find();
          } catch (StackOverflowError e) {
            throw new AssertionError(
                "pattern " + p + " recursed on " + unit + " x " + s.length(), e);
          }
        }
      }
    }
  }

  @Test
  void longInputsDoNotMatchWithoutRunningThePattern() {
    RegularExpression any = SchemaRegex.INSTANCE.getRegularExpression("^(a|b)+$");
    assertTrue(any.matches("ab".repeat(SchemaRegex.MAX_INPUT / 2)));
    // (a|b)+ recurses per character in java.util.regex: 100,000 of them would overflow the stack
    assertFalse(any.matches("ab".repeat(50_000)));
  }

  @Test
  void noValidPatternedValueIsLongerThanTheLimit() {
    // the longest value a pattern accepts: localData.path, a slash and 500 characters
    String path = "/" + "a".repeat(500);
    RegularExpression p =
        SchemaRegex.INSTANCE.getRegularExpression(
            "^/(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{0,500}$");
    assertTrue(p.matches(path));
    assertEquals(501, path.length());
    assertTrue(path.length() < SchemaRegex.MAX_INPUT);
  }
}
