package io.flgen.rules.iso;

import io.flgen.plan.Party;
import io.flgen.plan.Plan;
import io.flgen.plan.SiloPlan;
import io.flgen.plan.StorageRole;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Silo storage, computes, VNets and AKS clusters must sit in the silo's declared region. */
@RuleInfo(
    id = "FLG-ISO-008",
    name = "silo-data-residency",
    category = Category.ISO,
    title = "A silo's storage, compute or network sits outside the silo's declared region",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "A silo's region is often a legal constraint (GDPR, health or banking data that must stay in a "
            + "country). Storage in another region stores the data there; a compute or VNet in another region moves the "
            + "data there for every job, since training mounts the data onto the compute.",
    fix =
        "Keep every resource of a silo in silos[].region: flgen places silo storage, computes and VNets there. If "
            + "the data really lives elsewhere, declare that region (or a second silo) in the topology.",
    references = {"Azure Policy: Allowed locations (e56962a6-4747-49cd-b67b-bf8b01975c4c)"})
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
