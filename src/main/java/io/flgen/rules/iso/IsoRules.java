package io.flgen.rules.iso;

import io.flgen.azure.AzureRegions;
import io.flgen.plan.Plan;
import io.flgen.plan.StoragePlan;
import io.flgen.plan.StorageRole;
import io.flgen.rules.Rule;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;
import java.util.List;

/** The isolation rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class IsoRules {
  private IsoRules() {}

  /** The region a geo-replicated account copies its data to. */
  private static String paired(Plan plan, StoragePlan s) {
    return AzureRegions.pairedRegion(plan.cloud(), s.region())
        .map(r -> "the paired region " + r)
        .orElse("the paired region");
  }

  public static final List<Rule> ALL =
      List.of(
          new OrchestratorRoleOnSiloStorage(),
          new SiloAccessToOtherSilo(),
          new SharedIdentity(),
          new BaselineOnSensitiveData(),
          new Setting<>(
              "FLG-ISO-005",
              Kind.STORAGE,
              (plan, s) ->
                  s.role() == StorageRole.SILO
                      && s.exposure().publicNetworkAccess()
                      && Silos.sensitive(plan, s.owner()),
              (plan, s) ->
                  "holds sensitive data of silo "
                      + s.owner().key()
                      + " and accepts public network traffic (publicNetworkAccess: Enabled"
                      + (s.exposure().privateEndpoint() ? "" : ", no private endpoint")
                      + ")"),
          new StepDatastoreAffinity(),
          new CrossTenantGrant(),
          new DataResidency(),
          new Setting<>(
              "FLG-ISO-009",
              Kind.STORAGE,
              (plan, s) ->
                  s.role() == StorageRole.SILO
                      && s.geoReplicated()
                      && Silos.sensitive(plan, s.owner()),
              (plan, s) ->
                  "holds sensitive data of silo "
                      + s.owner().key()
                      + " and uses "
                      + s.sku()
                      + ", which replicates it from "
                      + s.region()
                      + " to "
                      + paired(plan, s)),
          new StepOnForeignCompute(),
          new SensitiveWithoutDifferentialPrivacy(),
          new SiloWithoutDataGrant(),
          new DataAssetMetadataPrivate());
}
