package io.flgen.rules.sto;

import io.flgen.rules.Rule;
import java.util.List;

/** The storage rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class StoRules {
  private StoRules() {}

  public static final List<Rule> ALL =
      List.of(
          new KeyGrantingRole(),
          new SharedKeyAccess(),
          new MinimumTlsVersion(),
          new BlobPublicAccess(),
          new PublicNetworkAccess(),
          new PrivateEndpointMissing(),
          new CrossTenantReplication(),
          new NetworkDefaultAllow(),
          new SoftDeleteOff(),
          new HttpsOnlyOff(),
          new ContainerAnonymousAccess(),
          new OAuthNotDefault());
}
