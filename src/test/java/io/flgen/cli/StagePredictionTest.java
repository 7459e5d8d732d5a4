package io.flgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.cli.ValidateFixturesTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code validate --stage X} reports exactly what switching {@code metadata.stage} to X would. */
class StagePredictionTest {
  @TempDir Path tmp;

  static Stream<Arguments> switches() {
    List<Arguments> out = new ArrayList<>();
    for (String b : List.of("crawl-sandbox", "walk-eyes-on", "run-eyes-off")) {
      for (String stage : List.of("crawl", "walk", "run")) {
        out.add(Arguments.of(b, stage));
      }
    }
    return out.stream();
  }

  /** The findings part of validate's JSON, with the file name taken out. */
  private static String findings(Run r, String file) {
    return r.out().replace(file, "FILE");
  }

  @ParameterizedTest(name = "{0} --stage {1}")
  @MethodSource("switches")
  void predictionEqualsTheSwitch(String blueprint, String stage) throws IOException {
    Path original = Path.of("blueprints/" + blueprint + ".yaml");
    String text = Files.readString(original);
    String switched = text.replaceFirst("(?m)^  stage: (crawl|walk|run)\\b", "  stage: " + stage);
    assertTrue(switched.contains("  stage: " + stage), blueprint);
    Path f = tmp.resolve(blueprint + ".yaml");
    Files.writeString(f, switched);
    Run predicted =
        ValidateFixturesTest.run(
            "validate", "--format", "json", "--stage", stage, original.toString());
    Run real = ValidateFixturesTest.run("validate", "--format", "json", f.toString());
    assertEquals(real.code(), predicted.code(), predicted.out());
    assertEquals(findings(real, f.toString()), findings(predicted, original.toString()));
  }
}
