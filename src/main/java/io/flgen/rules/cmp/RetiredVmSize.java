package io.flgen.rules.cmp;

import io.flgen.azure.VmSizes;
import io.flgen.plan.ComputePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;

/**
 * Sizes listed in {@link VmSizes}: the message gives the date, not "retired"/"retiring", so it
 * stays stable over time.
 */
@RuleId("FLG-CMP-005")
public final class RetiredVmSize extends Setting<ComputePlan> {
  public RetiredVmSize() {
    super(Kind.COMPUTE, c -> VmSizes.retirement(c.vmSize()).isPresent(), RetiredVmSize::message);
  }

  private static String message(ComputePlan c) {
    VmSizes.Retirement r = VmSizes.retirement(c.vmSize()).orElseThrow();
    return "uses "
        + c.vmSize()
        + " ("
        + r.family()
        + " series, retirement date "
        + r.date()
        + "); use "
        + r.replacement();
  }
}
