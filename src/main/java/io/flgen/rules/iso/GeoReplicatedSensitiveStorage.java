package io.flgen.rules.iso;

import io.flgen.azure.AzureRegions;
import io.flgen.plan.Plan;
import io.flgen.plan.StoragePlan;
import io.flgen.plan.StorageRole;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;

@RuleId("FLG-ISO-009")
public final class GeoReplicatedSensitiveStorage extends Setting<StoragePlan> {
  public GeoReplicatedSensitiveStorage() {
    super(
        Kind.STORAGE,
        (plan, s) ->
            s.role() == StorageRole.SILO && s.geoReplicated() && Silos.sensitive(plan, s.owner()),
        (plan, s) ->
            "holds sensitive data of silo "
                + s.owner().key()
                + " and uses "
                + s.sku()
                + ", which replicates it from "
                + s.region()
                + " to "
                + paired(plan, s));
  }

  private static String paired(Plan plan, StoragePlan s) {
    return AzureRegions.pairedRegion(plan.cloud(), s.region())
        .map(r -> "the paired region " + r)
        .orElse("the paired region");
  }
}
