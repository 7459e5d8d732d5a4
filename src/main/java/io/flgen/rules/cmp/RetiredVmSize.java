package io.flgen.rules.cmp;

import io.flgen.azure.VmSizes;
import io.flgen.plan.ComputePlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.stream.Stream;

/**
 * Sizes listed in {@link VmSizes}: the message gives the date, not "retired"/"retiring", so it
 * stays stable over time.
 */
@RuleId("FLG-CMP-005")
public final class RetiredVmSize implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.computes().stream()
        .flatMap(
            c ->
                VmSizes.retirement(c.vmSize()).stream()
                    .map(r -> finding(c.name(), c.origin(), message(c, r))));
  }

  private static String message(ComputePlan c, VmSizes.Retirement r) {
    return c.name()
        + " ("
        + c.owner().key()
        + ") uses "
        + c.vmSize()
        + " ("
        + r.family()
        + " series, retirement date "
        + r.date()
        + "); use "
        + r.replacement();
  }
}
