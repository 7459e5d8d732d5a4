package io.flgen.rules.aml;

import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-AML-012",
    name = "step-reaches-target",
    category = Category.AML,
    title = "A pipeline step or a person's step has no network path to what it touches",
    crawl = Level.CRITICAL,
    walk = Level.CRITICAL,
    run = Level.CRITICAL,
    waivable = false,
    rationale =
        "Readiness walks, for every step, the path subnet -> egress or private endpoint -> DNS zone linked to that VNet -> the target's public or private access. A missing link means the step fails at run time.",
    fix =
        "Follow the message: add the private endpoint or zone link, keep the target public, give the origin egress, or declare network.wayIn for people.",
    sources = {
      AmlRules.SECURE_TRAINING
          + " | Port 445 must be open for private network communications between your compute instances and the default storage account during training."
    })
public final class StepNetworkPath implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return ReadinessFindings.of(
        this,
        plan,
        c -> !c.pathOk(),
        c -> "cannot reach " + c.target() + " (" + c.need() + "): " + c.path());
  }
}
