package io.flgen.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.golden.Blueprints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/security-model.md carries the exact access matrix of every renderable blueprint. */
class SecurityModelDocTest {
  static java.util.List<String> blueprints() {
    return Blueprints.renderable();
  }

  /** The markdown table of one plan's grants. */
  static String table(String name) {
    Plan p = Blueprints.plan(name);
    StringBuilder sb =
        new StringBuilder(
            "### "
                + name
                + "\n\n| Identity (owner) | Role | Target (owner) | Access |\n|---|---|---|---|\n");
    for (RoleGrant g : p.grants()) {
      sb.append("| ")
          .append(g.principal())
          .append(" (")
          .append(g.principalOwner().key())
          .append(") | ")
          .append(g.roleName())
          .append(" | ")
          .append(g.targetPath())
          .append(" (")
          .append(p.storage(g.target()).owner().key())
          .append(", ")
          .append(p.storage(g.target()).role().yamlName())
          .append(") | ")
          .append(g.access())
          .append(" |\n");
    }
    return sb.toString();
  }

  @ParameterizedTest
  @MethodSource("blueprints")
  void docHasTheCurrentMatrix(String name) throws IOException {
    String doc = Files.readString(Path.of("docs/security-model.md"));
    String t = table(name);
    assertTrue(
        doc.contains(t),
        "docs/security-model.md lacks the current matrix of " + name + "; paste:\n" + t);
  }
}
