package io.flgen.rules.iso;

import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import io.flgen.plan.SiloPlan;
import io.flgen.plan.StorageRole;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Silo storage, computes, VNets and AKS clusters must sit in the silo's declared region. */
@RuleId("FLG-ISO-008")
public final class DataResidency implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    plan.storages().stream()
        .filter(s -> s.role() == StorageRole.SILO)
        .forEach(
            s -> check(plan, "storage account", s.name(), s.owner(), s.region(), s.origin(), out));
    plan.computes()
        .forEach(c -> check(plan, "compute", c.name(), c.owner(), c.region(), c.origin(), out));
    plan.vnets()
        .forEach(v -> check(plan, "VNet", v.name(), v.owner(), v.region(), v.origin(), out));
    plan.aksClusters()
        .forEach(a -> check(plan, "AKS cluster", a.name(), a.owner(), a.region(), a.origin(), out));
    return out.stream();
  }

  private void check(
      Plan plan,
      String kind,
      String name,
      Party owner,
      String region,
      String origin,
      List<Finding> out) {
    Optional<SiloPlan> silo = Silos.of(plan, owner);
    if (silo.isPresent() && !silo.get().region().equalsIgnoreCase(region)) {
      out.add(
          finding(
              name,
              origin,
              kind
                  + " "
                  + name
                  + " of silo "
                  + owner.key()
                  + " is in "
                  + region
                  + ", but the silo's region is "
                  + silo.get().region()));
    }
  }
}
