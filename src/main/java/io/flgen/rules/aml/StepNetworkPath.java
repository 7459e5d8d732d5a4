package io.flgen.rules.aml;

import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import io.flgen.plan.Plan;
import io.flgen.readiness.Check;
import io.flgen.readiness.Readiness;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    rationale = "Readiness walks, for every step, the path subnet -> egress or private endpoint -> DNS zone linked to that VNet -> the target's public or private access. A missing link means the step fails at run time.",
    fix = "Follow the message: add the private endpoint or zone link, keep the target public, give the origin egress, or declare network.wayIn for people.",
    sources = {AmlRules.SECURE_TRAINING + " | Port 445 must be open for private network communications between your compute instances and the default storage account during training."})
public final class StepNetworkPath implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    // one finding per origin, principal, target and cause; the rounds of one silo repeat the same steps
    Map<String, List<Check>> groups = new LinkedHashMap<>();
    for (Check c : Readiness.analyse(plan)) {
      if (!c.pathOk()) {
        groups.computeIfAbsent(c.origin() + "|" + c.principal() + "|" + c.target() + "|" + c.need(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (List<Check> g : groups.values()) {
      Check c = g.get(0);
      String who = c.actor() + (g.size() > 1 ? " (and " + (g.size() - 1) + " more step" + (g.size() > 2 ? "s" : "") + ")" : "");
      out.add(finding(c.actor() + " -> " + c.target(), c.origin0(), who + ", running on " + c.origin() + " as "
          + c.principal() + ", " + "cannot reach " + c.target() + " (" + c.need() + "): " + c.path()));
    }
    return out.stream();
  }
}
