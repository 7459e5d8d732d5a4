package io.flgen.rules.ws;

import io.flgen.plan.WorkspacePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-WS-002",
    name = "workspace-identity-datastores",
    category = Category.WS,
    title = "The workspace's system datastores use account keys",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "With systemDatastoresAuthMode accessKey, the workspace's default datastores authenticate with the "
            + "workspace storage account key, so any job or person that can read datastore secrets gets full key access "
            + "to that account, which holds every silo's job logs and code snapshots. It also needs shared keys on the "
            + "account, which FLG-STO-002 forbids. With identity, every job uses its compute identity and data-plane role.",
    fix =
        "Keep systemDatastoresAuthMode identity (flgen's default); every silo and the orchestrator already have "
            + "the data-plane roles the identity mode needs.",
    references = {"No PSRule, Checkov or Azure Policy equivalent"})
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
