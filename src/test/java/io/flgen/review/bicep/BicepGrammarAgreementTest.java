package io.flgen.review.bicep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.flgen.verify.BicepSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java reader must accept exactly the files tree-sitter-bicep (tools/bicep-check.mjs) accepts,
 * on every generated sample plus the hand-written valid and invalid fixtures. Constructs that
 * tree-sitter-bicep 1.1.0 rejects although they are valid Bicep (extension, spread, resourceInput,
 * typed var) live in {@code reader-only/} and are tested in {@link BicepParserTest}.
 */
class BicepGrammarAgreementTest {

  private static final Path FIXTURES = Path.of("src/test/resources/review/bicep");

  private static List<Path> bicepFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".bicep"))
          .sorted()
          .toList();
    }
  }

  @Test
  void javaReaderAcceptsExactlyWhatTreeSitterAccepts() throws IOException {
    List<Path> samples = bicepFiles(Path.of("generated-samples"));
    List<Path> valid = bicepFiles(FIXTURES.resolve("valid"));
    List<Path> invalid = bicepFiles(FIXTURES.resolve("invalid"));
    assertTrue(!samples.isEmpty(), "no generated samples found");
    assertTrue(valid.size() >= 12, "need at least 12 valid fixtures, found " + valid.size());
    assertTrue(invalid.size() >= 8, "need at least 8 invalid fixtures, found " + invalid.size());

    List<Path> corpus = new ArrayList<>(samples);
    List<Path> defects = bicepFiles(Path.of("src/test/resources/review/defects"));
    corpus.addAll(defects);
    corpus.addAll(valid);
    corpus.addAll(invalid);

    BicepSyntax.Result treeSitter = BicepSyntax.check(corpus.toArray(Path[]::new));
    assertTrue(
        treeSitter.exitCode() == 0 || treeSitter.exitCode() == 1,
        "bicep-check failed to run:\n" + treeSitter.output());
    Set<String> rejectedByTreeSitter = new HashSet<>();
    for (String line : treeSitter.errors()) {
      int colon = line.indexOf(".bicep:");
      rejectedByTreeSitter.add(line.substring(0, colon + ".bicep".length()));
    }

    StringBuilder table = new StringBuilder();
    int disagreements = 0;
    for (Path file : corpus) {
      String name = file.toString();
      ParseResult java = BicepParser.parse(Files.readString(file), name);
      boolean tsOk = !rejectedByTreeSitter.contains(name);
      if (java.ok() != tsOk) {
        disagreements++;
        table.append(
            String.format(
                "%-70s  %-11s  %-6s  %s%n",
                name,
                tsOk ? "accept" : "reject",
                java.ok() ? "accept" : "reject",
                java.ok()
                    ? treeSitter.errors().stream()
                        .filter(l -> l.startsWith(name + ":"))
                        .findFirst()
                        .orElse("")
                    : java.errors().get(0)));
      }
    }
    if (disagreements > 0) {
      fail(
          disagreements
              + " of "
              + corpus.size()
              + " files disagree:\n"
              + String.format(
                  "%-70s  %-11s  %-6s  %s%n", "file", "tree-sitter", "java", "first error")
              + table);
    }

    // The corpus must exercise both outcomes as intended.
    for (Path file : invalid) {
      assertTrue(rejectedByTreeSitter.contains(file.toString()), file + " should be malformed");
    }
    for (Path file : valid) {
      assertTrue(!rejectedByTreeSitter.contains(file.toString()), file + " should be well-formed");
    }
    for (Path file : samples) {
      assertTrue(
          !rejectedByTreeSitter.contains(file.toString()),
          file + " generated sample should be valid");
    }
    for (Path file : defects) {
      assertTrue(
          !rejectedByTreeSitter.contains(file.toString()),
          file + " defect fixture should be well-formed");
    }
    assertEquals(samples.size() + defects.size() + valid.size() + invalid.size(), corpus.size());
  }
}
