package io.flgen.rules.cmp;

import io.flgen.azure.VmSizes;
import io.flgen.plan.ComputePlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

/**
 * Sizes listed in {@link VmSizes}: the message gives the date, not "retired"/"retiring", so it
 * stays stable over time.
 */
@RuleInfo(
    id = "FLG-CMP-005",
    name = "compute-vm-size-not-retired",
    category = Category.CMP,
    title = "A compute cluster uses a retired or retiring VM size",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "After its retirement date Azure deallocates VMs of a retired size and refuses new ones, so a "
            + "federated round stalls as soon as one silo's cluster cannot scale up; retired GPU sizes also stop "
            + "receiving driver and security updates. The reference sample still uses Standard_NC6, retired in 2023.",
    fix =
        "Change the compute's vmSize to the replacement the finding names (for example Standard_NC4as_T4_v3 "
            + "instead of Standard_NC6).",
    references = {"No general-purpose equivalent found"})
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
