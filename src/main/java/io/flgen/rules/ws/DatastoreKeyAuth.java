package io.flgen.rules.ws;

import io.flgen.plan.Plan;
import io.flgen.plan.WorkspacePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

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
public final class DatastoreKeyAuth implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    WorkspacePlan ws = plan.workspace();
    if ("identity".equalsIgnoreCase(ws.systemDatastoresAuthMode())) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            ws.name(),
            ws.origin(),
            ws.name()
                + " system datastores use account keys "
                + "(systemDatastoresAuthMode: "
                + ws.systemDatastoresAuthMode()
                + ")"));
  }
}
