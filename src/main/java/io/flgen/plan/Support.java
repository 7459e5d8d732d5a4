package io.flgen.plan;

import io.flgen.model.ExternalSilo;
import io.flgen.model.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Topology shapes validation accepts but the renderer cannot express; empty when everything
 * renders.
 */
public final class Support {
  private Support() {}

  /** One message per unsupported silo, naming it; empty when everything renders. */
  public static List<String> unsupported(Topology t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.silos().size(); i++) {
      var s = t.silos().get(i);
      if (s instanceof ExternalSilo e && e.computes().size() > 1) {
        out.add(
            "flgen: silos["
                + i
                + "] ("
                + s.name()
                + ") lists "
                + e.computes().size()
                + " computes; an external silo attaches exactly one Kubernetes compute");
      }
    }
    return out;
  }
}
