package io.flgen.rules.cmp;

import io.flgen.plan.ComputePlan;
import io.flgen.rules.Category;
import io.flgen.rules.Level;
import io.flgen.rules.RuleInfo;
import io.flgen.rules.Setting;
import io.flgen.rules.Setting.Kind;

@RuleInfo(
    id = "FLG-CMP-004",
    name = "compute-in-vnet",
    category = Category.CMP,
    title = "A compute cluster is not in a virtual network",
    crawl = Level.OFF,
    walk = Level.MEDIUM,
    run = Level.HIGH,
    rationale =
        "A compute without a VNet cannot reach private endpoints, so the silo storage it trains on has to "
            + "stay public, and no NSG limits what its nodes talk to. Keeping each party's computes in its own VNet is "
            + "what lets run stage turn silo storage private (eyes-off). A crawl sandbox may run without one.",
    fix =
        "Set network.mode to vnet or private (with an addressSpace) for the party that owns the compute; flgen "
            + "puts its computes in the snet-compute subnet.",
    references = {
      "PSRule: Azure.ML.ComputeVnet",
      "Azure Policy: Azure Machine Learning Computes should be in a virtual network (7804b5c7-01dc-4723-969b-ae300cc07ff1)"
    })
public final class ComputeOutsideVnet extends Setting<ComputePlan> {
  public ComputeOutsideVnet() {
    super(Kind.COMPUTE, c -> c.vnet() == null, "is not in a VNet (no subnet)");
  }
}
