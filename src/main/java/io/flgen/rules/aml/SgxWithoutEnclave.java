package io.flgen.rules.aml;

import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

@RuleId("FLG-AML-009")
public final class SgxWithoutEnclave implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    for (KubernetesPlan k : plan.kubernetes()) {
      k.confidentialPool()
          .filter(p -> p.technology().equals("sgx"))
          .ifPresent(
              p -> {
                if (p.enclaveRuntime().isEmpty()) {
                  out.add(
                      finding(
                          k.clusterName(),
                          k.origin(),
                          "SGX pool "
                              + p.name()
                              + " of "
                              + k.clusterName()
                              + " names no enclave runtime: its jobs would run as ordinary containers"));
                }
                for (KubernetesPlan.InstanceTypePlan it : k.instanceTypes()) {
                  if (it.nodePool().equals(p.name()) && it.epc().isEmpty()) {
                    out.add(
                        finding(
                            k.clusterName() + "/" + it.name(),
                            k.origin(),
                            "instance type "
                                + it.name()
                                + " is pinned to SGX pool "
                                + p.name()
                                + " but requests no enclave page cache (epc)"));
                  }
                }
              });
    }
    return out.stream();
  }
}
