package io.flgen.rules.aml;

import io.flgen.rules.Rule;
import java.util.List;

/**
 * The platform constraints: Azure would refuse the setup, or the FL job could not run. Critical at
 * every stage and not waivable. Registered in {@link io.flgen.rules.RuleCatalog}.
 */
public final class AmlRules {
  private AmlRules() {}

  public static final List<Rule> ALL =
      List.of(
          new ComputeVnetSubscription(),
          new WorkspaceEndpointForPrivateNodes(),
          new ComputeEgress(),
          new RegistryPull(),
          new AksForAzureMl(),
          new ArcClusterGroup(),
          new ExistingStorageApproval(),
          new CrossTenantClientId(),
          new SgxWithoutEnclave(),
          new ArcPrivatePath(),
          new ConfidentialityVaultUsable(),
          new StepReadiness(
              "FLG-AML-012",
              c -> !c.pathOk(),
              c -> "cannot reach " + c.target() + " (" + c.need() + "): " + c.path()),
          new StepReadiness(
              "FLG-AML-013",
              c -> !c.grantOk(),
              c -> "has no grant for " + c.target() + " (" + c.need() + "): " + c.grant()));
}
