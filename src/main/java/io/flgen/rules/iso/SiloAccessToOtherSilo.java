package io.flgen.rules.iso;

import io.flgen.plan.DatastorePlan;
import io.flgen.plan.Names;
import io.flgen.plan.Plan;
import io.flgen.plan.RoleGrant;
import io.flgen.plan.StoragePlan;
import io.flgen.plan.StorageRole;
import io.flgen.rules.Finding;
import io.flgen.rules.Lookup;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A silo identity may hold roles only on its own silo storage and, in the exchange account, on its
 * own {@code updates-<silo>} container and on {@code global-model}. Anything else there (another
 * silo's updates, the pooled baseline data, or the whole account) exposes other silos' data. Grants
 * on the workspace storage are a documented residual (job logs) and are not checked.
 */
@RuleId("FLG-ISO-002")
public final class SiloAccessToOtherSilo implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    Map<String, StoragePlan> byName = Lookup.byKey(plan.storages(), StoragePlan::name);
    return plan.grants().stream()
        .filter(g -> g.principalOwner().silo() && byName.containsKey(g.target()))
        .flatMap(
            g ->
                problem(plan, g, byName.get(g.target()))
                    .map(
                        what ->
                            finding(
                                g.targetPath(),
                                byName.get(g.target()).origin(),
                                g.principal()
                                    + " (silo "
                                    + g.principalOwner().key()
                                    + ") has "
                                    + g.roleName()
                                    + " on "
                                    + g.targetPath()
                                    + ", "
                                    + what))
                    .stream());
  }

  /** What the grant exposes, or empty when the silo may hold it. */
  private static Optional<String> problem(Plan plan, RoleGrant g, StoragePlan s) {
    Names n = plan.names();
    String self = g.principalOwner().key();
    if (s.owner().silo()) {
      return s.owner().key().equals(self)
          ? Optional.empty()
          : Optional.of("the storage of silo " + s.owner().key());
    }
    if (s.role() != StorageRole.EXCHANGE) {
      return Optional.empty();
    }
    String c = g.container();
    if (c.isEmpty()) {
      return Optional.of("the whole exchange account, which holds every silo's model updates");
    }
    if (c.equals(n.updatesContainer(self)) || c.equals(n.globalModelContainer())) {
      return Optional.empty();
    }
    Optional<DatastorePlan> ds =
        plan.datastores().stream()
            .filter(d -> d.account().equals(s.name()) && d.container().equals(c))
            .findFirst();
    if (ds.isPresent() && ds.get().purpose() == DatastorePlan.Purpose.UPDATES) {
      return Optional.of("the model updates of silo " + ds.get().owner().key());
    }
    if (ds.isPresent() && ds.get().purpose() == DatastorePlan.Purpose.BASELINE) {
      return Optional.of("the pooled baseline data");
    }
    return Optional.of(
        "a container of the exchange account that is neither its own updates nor the global model");
  }
}
