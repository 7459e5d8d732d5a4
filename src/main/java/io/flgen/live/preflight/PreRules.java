package io.flgen.live.preflight;

import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The FLG-PRE rules. They are not in {@link io.flgen.rules.RuleCatalog}: the plan alone cannot say
 * whether they hold. Preflight asks Azure, then each rule reports what the answers showed, so the
 * findings go through the same engine (stage severity, waivers, locations, formats) as validate's.
 */
public final class PreRules {
  private PreRules() {}

  /** A rule whose findings preflight collected from Azure's answers. */
  public abstract static class Collected implements Rule {
    private final List<Finding> found = new ArrayList<>();

    synchronized void add(String target, String origin, String message) {
      found.add(finding(target, origin, message));
    }

    @Override
    public synchronized Stream<Finding> check(Plan plan) {
      return List.copyOf(found).stream();
    }
  }

  @RuleId("FLG-PRE-001")
  public static final class NameTaken extends Collected {}

  @RuleId("FLG-PRE-002")
  public static final class ProviderNotRegistered extends Collected {}

  @RuleId("FLG-PRE-003")
  public static final class ReferencedMissing extends Collected {}

  @RuleId("FLG-PRE-004")
  public static final class ArcNotConnected extends Collected {}

  @RuleId("FLG-PRE-005")
  public static final class DeployerLacksPermission extends Collected {}

  @RuleId("FLG-PRE-006")
  public static final class VnetOverlapsExisting extends Collected {}

  @RuleId("FLG-PRE-007")
  public static final class VmSizeUnavailable extends Collected {}

  @RuleId("FLG-PRE-008")
  public static final class VcpuQuotaShort extends Collected {}

  /**
   * Fresh instances of every FLG-PRE rule, for the rule list and the documentation (they hold no
   * findings).
   */
  public static List<Rule> all() {
    return List.of(
        new NameTaken(),
        new ProviderNotRegistered(),
        new ReferencedMissing(),
        new ArcNotConnected(),
        new DeployerLacksPermission(),
        new VnetOverlapsExisting(),
        new VmSizeUnavailable(),
        new VcpuQuotaShort());
  }
}
