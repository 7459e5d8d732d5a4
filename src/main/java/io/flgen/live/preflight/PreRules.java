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

  /** The FLG-PRE rules, in id order. */
  public enum Id {
    NAME_TAKEN("FLG-PRE-001"),
    PROVIDER_NOT_REGISTERED("FLG-PRE-002"),
    REFERENCED_MISSING("FLG-PRE-003"),
    ARC_NOT_CONNECTED("FLG-PRE-004"),
    DEPLOYER_LACKS_PERMISSION("FLG-PRE-005"),
    VNET_OVERLAPS_EXISTING("FLG-PRE-006"),
    VM_SIZE_UNAVAILABLE("FLG-PRE-007"),
    VCPU_QUOTA_SHORT("FLG-PRE-008");

    private final String id;

    Id(String id) {
      this.id = id;
    }
  }

  /** A rule whose findings preflight collected from Azure's answers; its id names it. */
  public static final class Collected implements Rule {
    private final String id;
    private final List<Finding> found = new ArrayList<>();

    Collected(Id id) {
      this.id = id.id;
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

  /**
   * Fresh instances of every FLG-PRE rule, for the rule list and the documentation (they hold no
   * findings).
   */
  public static List<Rule> all() {
    return Stream.of(Id.values()).<Rule>map(Collected::new).toList();
  }
}
