package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-STO-011")
public final class ContainerAnonymousAccess extends Setting<StoragePlan> {
  public ContainerAnonymousAccess() {
    super(
        Kind.NEW_STORAGE,
        s -> !"None".equals(s.settings().containerPublicAccess()),
        ContainerAnonymousAccess::message);
  }

  private static String message(StoragePlan s) {
    String which =
        s.containers().isEmpty()
            ? "its containers"
            : "containers " + String.join(", ", s.containers());
    return "gives "
        + which
        + " anonymous access (publicAccess: "
        + s.settings().containerPublicAccess()
        + ")";
  }
}
