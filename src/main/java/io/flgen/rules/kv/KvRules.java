package io.flgen.rules.kv;

import io.flgen.plan.KeyVaultPlan;
import io.flgen.rules.Rule;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;
import java.util.List;

/** The Key Vault rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class KvRules {
  private KvRules() {}

  /** The fewest days a vault should keep deleted items. */
  private static final int MIN_DAYS = 90;

  public static final List<Rule> ALL =
      List.of(
          new Setting<>(
              "FLG-KV-001",
              Kind.KEY_VAULT,
              k -> !k.rbacAuthorization(),
              "uses access policies (enableRbacAuthorization: false)"),
          new Setting<>(
              "FLG-KV-002",
              Kind.KEY_VAULT,
              k -> !k.purgeProtection(),
              "has no purge protection (enablePurgeProtection: false)"),
          new Setting<>(
              "FLG-KV-003",
              Kind.KEY_VAULT,
              KeyVaultPlan::publicNetworkAccess,
              "accepts public network access (publicNetworkAccess: Enabled)"),
          new WrongVaultDnsZone(),
          new Setting<>(
              "FLG-KV-005",
              Kind.KEY_VAULT,
              k -> k.softDeleteDays() < MIN_DAYS,
              k ->
                  "keeps deleted items "
                      + k.softDeleteDays()
                      + " days (softDeleteRetentionInDays: "
                      + k.softDeleteDays()
                      + ", want "
                      + MIN_DAYS
                      + ")"));
}
