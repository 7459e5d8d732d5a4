package io.flgen.plan;

import io.flgen.model.CrossTenantSilo;
import io.flgen.model.ExternalSilo;
import io.flgen.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** Which topology features the renderer supports yet; validation accepts all of them. */
public final class Support {
  private Support() {}

  /** One message per unsupported silo, naming it; empty when everything renders. */
  public static List<String> unsupported(Topology t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.silos().size(); i++) {
      var s = t.silos().get(i);
      if (s instanceof ExternalSilo || s instanceof CrossTenantSilo) {
        out.add("flgen: silos[" + i + "] (" + s.name() + ") is kind " + s.kindName()
            + ", which flgen validates but does not render yet; render the internal silos on their own for now");
      }
    }
    return out;
  }
}
