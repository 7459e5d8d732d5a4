package io.flgen.rules.aml;

import io.flgen.plan.AzureName;
import io.flgen.plan.KeyVaultPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

@RuleId("FLG-AML-011")
public final class ConfidentialityVaultUsable implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    for (KeyVaultPlan v : plan.keyVaults()) {
      if (!v.purpose().equals("confidentiality")) {
        continue;
      }
      if (v.keyName().isEmpty()) {
        out.add(
            finding(v.name(), v.origin(), "confidentiality vault " + v.name() + " holds no key"));
      }
      Set<String> ids = new LinkedHashSet<>();
      plan.computes().forEach(c -> ids.add(c.identity()));
      plan.kubernetes().forEach(k -> ids.add(k.identity()));
      for (String id : ids) {
        boolean ok =
            plan.serviceGrants().stream()
                .anyMatch(
                    g ->
                        AzureName.same(g.principal(), id)
                            && g.targetKind().equals("vault")
                            && AzureName.same(g.target(), v.name())
                            && g.roleName().startsWith("Key Vault Crypto"));
        if (!ok) {
          out.add(
              finding(
                  v.name(),
                  v.origin(),
                  id
                      + " cannot use the keys of confidentiality vault "
                      + v.name()
                      + " (no Key Vault Crypto User)"));
        }
      }
    }
    return out.stream();
  }
}
