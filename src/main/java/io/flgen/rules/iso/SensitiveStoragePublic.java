package io.flgen.rules.iso;

import io.flgen.plan.Plan;
import io.flgen.plan.StorageRole;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.stream.Stream;

@RuleId("FLG-ISO-005")
public final class SensitiveStoragePublic implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.storages().stream()
        .filter(
            s ->
                s.role() == StorageRole.SILO
                    && s.exposure().publicNetworkAccess()
                    && Silos.sensitive(plan, s.owner()))
        .map(
            s ->
                finding(
                    s.name(),
                    s.origin(),
                    s.name()
                        + " holds sensitive data of silo "
                        + s.owner().key()
                        + " and accepts public network traffic (publicNetworkAccess: Enabled"
                        + (s.exposure().privateEndpoint() ? "" : ", no private endpoint")
                        + ")"));
  }
}
