package io.flgen.rules.cmp;

import io.flgen.plan.ComputePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-CMP-002",
    name = "compute-no-public-ssh",
    category = Category.CMP,
    title = "SSH to a compute cluster's nodes is open to the public",
    crawl = Level.MEDIUM,
    walk = Level.HIGH,
    run = Level.HIGH,
    rationale =
        "An open SSH port lets anyone with the node credentials log in to a node that holds a silo's data "
            + "and mounted storage tokens, outside Entra ID, RBAC and the job audit trail. Federated learning jobs never "
            + "need an interactive login: steps run as the compute's managed identity.",
    fix =
        "Keep remoteLoginPortPublicAccess Disabled (flgen's default for every compute); debug through job logs "
            + "or a compute instance inside the party's VNet instead.",
    references = {"No general-purpose equivalent found"})
public final class SshPublicAccess extends Setting<ComputePlan> {
  public SshPublicAccess() {
    super(
        Kind.COMPUTE,
        ComputePlan::sshPublicAccess,
        "allows public SSH (remoteLoginPortPublicAccess: Enabled)");
  }
}
