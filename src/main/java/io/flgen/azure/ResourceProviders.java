package io.flgen.azure;

import java.util.List;

/** Resource provider namespaces a subscription must have registered before flgen deploys to it. */
public final class ResourceProviders {
  private ResourceProviders() {}

  /**
   * The providers every subscription flgen deploys into uses: DEPLOY.md asks for their registration
   * and preflight checks it.
   */
  public static final List<String> EVERY_DEPLOYMENT =
      List.of(
          "Microsoft.MachineLearningServices",
          "Microsoft.Storage",
          "Microsoft.Network",
          "Microsoft.KeyVault",
          "Microsoft.ContainerRegistry",
          "Microsoft.ManagedIdentity");
}
