package io.flgen.rules.iso;

import io.flgen.plan.StoragePlan;
import io.flgen.plan.StorageRole;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;

@RuleId("FLG-ISO-005")
public final class SensitiveStoragePublic extends Setting<StoragePlan> {
  public SensitiveStoragePublic() {
    super(
        Kind.STORAGE,
        (plan, s) ->
            s.role() == StorageRole.SILO
                && s.exposure().publicNetworkAccess()
                && Silos.sensitive(plan, s.owner()),
        (plan, s) ->
            "holds sensitive data of silo "
                + s.owner().key()
                + " and accepts public network traffic (publicNetworkAccess: Enabled"
                + (s.exposure().privateEndpoint() ? "" : ", no private endpoint")
                + ")");
  }
}
