package io.flgen.rules.sto;

import io.flgen.plan.StoragePlan;
import io.flgen.rules.Rule;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;
import java.util.List;
import java.util.Set;

/** The storage rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class StoRules {
  private StoRules() {}

  private static String anonymousContainers(StoragePlan s) {
    String which =
        s.containers().isEmpty()
            ? "its containers"
            : "containers " + String.join(", ", s.containers());
    return "gives "
        + which
        + " anonymous access (publicAccess: "
        + s.settings().containerPublicAccess()
        + ")";
  }

  /** Anything other than TLS1_2 or TLS1_3 (TLS1_0, TLS1_1, or unset) is below 1.2. */
  private static final Set<String> TLS_OK = Set.of("TLS1_2", "TLS1_3");

  public static final List<Rule> ALL =
      List.of(
          new KeyGrantingRole(),
          new Setting<>(
              "FLG-STO-002",
              Kind.NEW_STORAGE,
              s -> s.settings().allowSharedKeyAccess(),
              "allows shared key access (allowSharedKeyAccess: true)"),
          new Setting<>(
              "FLG-STO-003",
              Kind.NEW_STORAGE,
              s -> !TLS_OK.contains(s.settings().minimumTlsVersion()),
              s ->
                  "accepts TLS below 1.2 (minimumTlsVersion: "
                      + s.settings().minimumTlsVersion()
                      + ")"),
          new Setting<>(
              "FLG-STO-004",
              Kind.NEW_STORAGE,
              s -> s.settings().allowBlobPublicAccess(),
              "allows anonymous public blob access (allowBlobPublicAccess: true)"),
          new PublicNetworkAccess(),
          new PrivateEndpointMissing(),
          new Setting<>(
              "FLG-STO-007",
              Kind.NEW_STORAGE,
              s -> s.settings().allowCrossTenantReplication(),
              "allows cross-tenant object replication (allowCrossTenantReplication: true)"),
          // applies to existing accounts too: it reads the exposure the deployment relies on
          new Setting<>(
              "FLG-STO-008",
              Kind.STORAGE,
              s -> !s.exposure().defaultActionDeny(),
              "has network ACL default action Allow"),
          new Setting<>(
              "FLG-STO-009",
              Kind.NEW_STORAGE,
              s -> s.softDeleteDays() == 0,
              "has blob and container soft delete off (softDeleteDays: 0)"),
          new Setting<>(
              "FLG-STO-010",
              Kind.NEW_STORAGE,
              s -> !s.settings().httpsOnly(),
              "accepts HTTP (supportsHttpsTrafficOnly: false)"),
          new Setting<>(
              "FLG-STO-011",
              Kind.NEW_STORAGE,
              s -> !"None".equals(s.settings().containerPublicAccess()),
              StoRules::anonymousContainers),
          new Setting<>(
              "FLG-STO-012",
              Kind.NEW_STORAGE,
              s -> !s.settings().defaultToOAuthAuthentication(),
              "does not default to Entra ID authorisation (defaultToOAuthAuthentication: false)"));
}
