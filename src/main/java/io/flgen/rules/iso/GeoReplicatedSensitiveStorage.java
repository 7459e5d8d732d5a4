package io.flgen.rules.iso;

import io.flgen.azure.AzureRegions;
import io.flgen.plan.Plan;
import io.flgen.plan.StoragePlan;
import io.flgen.plan.StorageRole;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-ISO-009",
    name = "sensitive-storage-not-geo-replicated",
    category = Category.ISO,
    title = "A sensitive silo's storage is geo-replicated to another region",
    crawl = Level.LOW,
    walk = Level.MEDIUM,
    run = Level.HIGH,
    rationale =
        "GRS, RA-GRS, GZRS and RA-GZRS copy every blob asynchronously to the paired region, which may be in "
            + "another jurisdiction than the silo's declared region; RA-* SKUs also expose a readable secondary endpoint. "
            + "For sensitive data this silently widens where the data lives, outside the residency the silo declares.",
    fix =
        "Use Standard_LRS or Standard_ZRS (zone-redundant within the region) in silos[].storage.new.sku, and back up "
            + "within the region if you need more durability.",
    references = RuleInfo.FL_SPECIFIC)
public final class GeoReplicatedSensitiveStorage implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.storages().stream()
        .filter(
            s ->
                s.role() == StorageRole.SILO
                    && s.geoReplicated()
                    && Silos.sensitive(plan, s.owner()))
        .map(
            s ->
                finding(
                    s.name(),
                    s.origin(),
                    s.name()
                        + " holds sensitive data of silo "
                        + s.owner().key()
                        + " and uses "
                        + s.sku()
                        + ", which replicates it from "
                        + s.region()
                        + " to "
                        + paired(plan, s)));
  }

  private static String paired(Plan plan, StoragePlan s) {
    return AzureRegions.pairedRegion(plan.cloud(), s.region())
        .map(r -> "the paired region " + r)
        .orElse("the paired region");
  }
}
