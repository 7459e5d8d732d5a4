package io.flgen.rules.aml;

import io.flgen.rules.Rule;
import java.util.List;

/**
 * The platform constraints: Azure would refuse the setup, or the FL job could not run. Critical at
 * every stage and not waivable. Registered in {@link io.flgen.rules.RuleCatalog}.
 */
public final class AmlRules {
  private AmlRules() {}

  static final String SECURE_TRAINING =
      "https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet";
  static final String FIREWALL =
      "https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall";
  static final String IDENTITY =
      "https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication";
  static final String K8S_EXTENSION =
      "https://learn.microsoft.com/azure/machine-learning/how-to-deploy-kubernetes-extension";
  static final String SECURE_K8S =
      "https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment";
  static final String PRIVATE_LINK =
      "https://learn.microsoft.com/azure/private-link/private-endpoint-overview";

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
          new StepNetworkPath(),
          new StepGrant());
}
