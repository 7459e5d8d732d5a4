package io.flgen.live.preflight;

import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
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

  /** A rule whose findings preflight collected from Azure's answers; its id names it. */
  public static final class Collected implements Rule {
    private final String id;
    private final List<Finding> found = new ArrayList<>();

    Collected(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    synchronized void add(String target, String origin, String message) {
      found.add(finding(target, origin, message));
    }

    @Override
    public synchronized Stream<Finding> check(Plan plan) {
      return List.copyOf(found).stream();
    }
  }

  static final String NAME_TAKEN = "FLG-PRE-001";
  static final String PROVIDER_NOT_REGISTERED = "FLG-PRE-002";
  static final String REFERENCED_MISSING = "FLG-PRE-003";
  static final String ARC_NOT_CONNECTED = "FLG-PRE-004";
  static final String DEPLOYER_LACKS_PERMISSION = "FLG-PRE-005";
  static final String VNET_OVERLAPS_EXISTING = "FLG-PRE-006";
  static final String VM_SIZE_UNAVAILABLE = "FLG-PRE-007";
  static final String VCPU_QUOTA_SHORT = "FLG-PRE-008";

  /**
   * Fresh instances of every FLG-PRE rule, for the rule list and the documentation (they hold no
   * findings).
   */
  public static List<Rule> all() {
    return Stream.of(
            NAME_TAKEN,
            PROVIDER_NOT_REGISTERED,
            REFERENCED_MISSING,
            ARC_NOT_CONNECTED,
            DEPLOYER_LACKS_PERMISSION,
            VNET_OVERLAPS_EXISTING,
            VM_SIZE_UNAVAILABLE,
            VCPU_QUOTA_SHORT)
        .<Rule>map(Collected::new)
        .toList();
  }
}
