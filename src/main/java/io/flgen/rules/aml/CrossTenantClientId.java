package io.flgen.rules.aml;

import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.stream.Stream;

@RuleId("FLG-AML-008")
public final class CrossTenantClientId implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return plan.pipeline().steps().stream()
        .flatMap(
            s ->
                s.inputs().stream()
                    .filter(
                        p ->
                            p.name().startsWith("federated_app")
                                && !p.form().equals("binding")
                                && (p.name().equals("federated_app")
                                    || plan.federations().stream()
                                        .anyMatch(f -> f.appName().equals(p.value()))))
                    .map(
                        p ->
                            finding(
                                s.name(),
                                s.party().path(),
                                "step "
                                    + s.name()
                                    + " passes "
                                    + p.name()
                                    + ": "
                                    + p.value()
                                    + ", a display name; the token exchange needs the app's client id")));
  }
}
