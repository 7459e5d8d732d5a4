package io.flgen.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.flgen.render.GeneratedFiles;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bundle ships exactly the module files its main.bicep calls: a reviewer reads nothing that is
 * never deployed.
 */
class BundleModulesTest {
  private static final Pattern CALL =
      Pattern.compile("(?m)^module \\w+ '(modules/[a-z-]+\\.bicep)'");

  static java.util.List<String> blueprints() {
    return Blueprints.renderable();
  }

  @ParameterizedTest
  @MethodSource("blueprints")
  void everyBundleHoldsExactlyTheModulesItsEntryCalls(String name) {
    GeneratedFiles files = Blueprints.render(name);
    Map<String, TreeSet<String>> called = new TreeMap<>();
    Map<String, TreeSet<String>> shipped = new TreeMap<>();
    for (Map.Entry<String, String> f : files.asMap().entrySet()) {
      String path = f.getKey();
      if (path.endsWith("/main.bicep")) {
        String dir = path.substring(0, path.length() - "main.bicep".length());
        TreeSet<String> calls = called.computeIfAbsent(dir, k -> new TreeSet<>());
        Matcher m = CALL.matcher(f.getValue());
        while (m.find()) {
          calls.add(m.group(1));
        }
        shipped.computeIfAbsent(dir, k -> new TreeSet<>());
      }
    }
    for (String path : files.asMap().keySet()) {
      int i = path.indexOf("modules/");
      if (i > 0 && path.endsWith(".bicep")) {
        shipped.computeIfAbsent(path.substring(0, i), k -> new TreeSet<>()).add(path.substring(i));
      }
    }
    assertFalse(called.isEmpty(), name + " has no main.bicep");
    assertEquals(called, shipped, name + ": module files shipped vs called, per bundle");
  }
}
