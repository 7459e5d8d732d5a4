package io.flgen.rules.ext;

import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.stream.Stream;

@RuleId("FLG-EXT-003")
public final class HostPathLocalData implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.kubernetes().stream()
        .filter(k -> k.localData().isPresent() && "hostPath".equals(k.localData().get().type()))
        .map(
            k ->
                finding(
                    k.localData().get().name(),
                    k.owner().path() + ".localData",
                    k.localData().get().name()
                        + " (silo "
                        + k.owner().key()
                        + ") reads local data from hostPath "
                        + k.localData().get().path()
                        + " on whichever node the pod runs"));
  }
}
