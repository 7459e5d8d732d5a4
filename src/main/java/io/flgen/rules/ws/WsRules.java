package io.flgen.rules.ws;

import io.flgen.rules.Rule;
import java.util.List;

/** The workspace rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class WsRules {
  private WsRules() {}

  public static final List<Rule> ALL =
      List.of(
          new WorkspacePublicAccess(),
          new DatastoreKeyAuth(),
          new HbiOffForSensitiveData(),
          new WorkspacePrivateEndpointMissing(),
          new V1LegacyMode());
}
