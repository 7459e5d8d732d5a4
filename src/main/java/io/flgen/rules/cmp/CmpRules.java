package io.flgen.rules.cmp;

import io.flgen.azure.VmSizes;
import io.flgen.plan.ComputePlan;
import io.flgen.rules.Rule;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;
import java.util.List;

/** The compute rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class CmpRules {
  private CmpRules() {}

  /**
   * For a size listed in {@link VmSizes}: the message gives the date, not "retired"/"retiring", so
   * it stays stable over time.
   */
  private static String retirement(ComputePlan c) {
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

  public static final List<Rule> ALL =
      List.of(
          new Setting<>(
              "FLG-CMP-001",
              Kind.COMPUTE,
              ComputePlan::nodePublicIp,
              "gives its nodes public IPs (enableNodePublicIp: true)"),
          new Setting<>(
              "FLG-CMP-002",
              Kind.COMPUTE,
              ComputePlan::sshPublicAccess,
              "allows public SSH (remoteLoginPortPublicAccess: Enabled)"),
          new Setting<>(
              "FLG-CMP-003",
              Kind.COMPUTE,
              ComputePlan::localAuth,
              "accepts local authentication (disableLocalAuth: false)"),
          new Setting<>(
              "FLG-CMP-004", Kind.COMPUTE, c -> c.vnet() == null, "is not in a VNet (no subnet)"),
          new Setting<>(
              "FLG-CMP-005",
              Kind.COMPUTE,
              c -> VmSizes.retirement(c.vmSize()).isPresent(),
              CmpRules::retirement),
          new Setting<>("FLG-CMP-006", Kind.COMPUTE, ForeignIdentity::problem),
          new UserAssignedIdentity());
}
