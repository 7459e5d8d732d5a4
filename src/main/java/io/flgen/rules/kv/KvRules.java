package io.flgen.rules.kv;

import io.flgen.rules.Rule;
import java.util.List;

/** The Key Vault rules, registered in {@link io.flgen.rules.RuleCatalog}. */
public final class KvRules {
  private KvRules() {}

  public static final List<Rule> ALL =
      List.of(
          new AccessPolicies(),
          new PurgeProtection(),
          new PublicVault(),
          new WrongVaultDnsZone(),
          new SoftDeleteRetention());
}
