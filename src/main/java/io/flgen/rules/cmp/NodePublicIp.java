package io.flgen.rules.cmp;

import io.flgen.plan.ComputePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-CMP-001",
    name = "compute-no-node-public-ip",
    category = Category.CMP,
    title = "A compute cluster's nodes have public IP addresses",
    crawl = Level.OFF,
    walk = Level.MEDIUM,
    run = Level.HIGH,
    rationale =
        "Nodes with a public IP are reachable from the internet and can send silo data anywhere without "
            + "passing the silo's network controls. In eyes-off federated learning the nodes that read a silo's raw data "
            + "must stay inside the silo's VNet; the reference sample keeps public IPs on exactly these computes. "
            + "Azure ML needs a node public IP only when the compute has no VNet, which is why a crawl sandbox is exempt.",
    fix =
        "Put the party in a VNet: set network.mode to vnet or private for the orchestrator or the silo. flgen then "
            + "places the compute in snet-compute with enableNodePublicIp false.",
    references = {
      "No general-purpose equivalent found (closest: PSRule: Azure.ML.ComputeVnet, see FLG-CMP-004)"
    })
public final class NodePublicIp extends Setting<ComputePlan> {
  public NodePublicIp() {
    super(
        Kind.COMPUTE,
        ComputePlan::nodePublicIp,
        "gives its nodes public IPs (enableNodePublicIp: true)");
  }
}
