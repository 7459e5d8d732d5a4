package io.flgen.rules.cmp;

import io.flgen.rules.Rule;
import java.util.List;

/** The compute rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class CmpRules {
  private CmpRules() {}

  public static final List<Rule> ALL =
      List.of(
          new NodePublicIp(),
          new SshPublicAccess(),
          new LocalAuth(),
          new ComputeOutsideVnet(),
          new RetiredVmSize(),
          new ForeignIdentity(),
          new UserAssignedIdentity());
}
