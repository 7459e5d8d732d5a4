package io.flgen.rules.ws;

import io.flgen.plan.WorkspacePlan;
import io.flgen.rules.RuleId;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleId("FLG-WS-002")
public final class DatastoreKeyAuth extends Setting<WorkspacePlan> {
  public DatastoreKeyAuth() {
    super(
        Kind.WORKSPACE,
        ws -> !"identity".equalsIgnoreCase(ws.systemDatastoresAuthMode()),
        ws ->
            "system datastores use account keys (systemDatastoresAuthMode: "
                + ws.systemDatastoresAuthMode()
                + ")");
  }
}
