package io.flgen.rules.iso;

import io.flgen.rules.Rule;
import java.util.List;

/** The isolation rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class IsoRules {
  private IsoRules() {}

  public static final List<Rule> ALL =
      List.of(
          new OrchestratorRoleOnSiloStorage(),
          new SiloAccessToOtherSilo(),
          new SharedIdentity(),
          new BaselineOnSensitiveData(),
          new SensitiveStoragePublic(),
          new StepDatastoreAffinity(),
          new CrossTenantGrant(),
          new DataResidency(),
          new GeoReplicatedSensitiveStorage(),
          new StepOnForeignCompute(),
          new SensitiveWithoutDifferentialPrivacy(),
          new SiloWithoutDataGrant(),
          new DataAssetMetadataPrivate());
}
