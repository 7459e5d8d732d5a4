package io.flgen.golden;

import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One ApprovalTests snapshot per blueprint: every rendered file under a {@code === path ===}
 * header. Update by reviewing the .received. file and renaming it to .approved.
 */
class BlueprintSnapshotTest {
  static java.util.List<String> blueprints() {
    return Blueprints.renderable();
  }

  @ParameterizedTest
  @MethodSource("blueprints")
  void renderedArtifacts(String name) {
    Approvals.verify(
        Blueprints.dump(Blueprints.render(name)),
        new Options().forFile().withExtension(".txt").forFile().withAdditionalInformation(name));
  }
}
