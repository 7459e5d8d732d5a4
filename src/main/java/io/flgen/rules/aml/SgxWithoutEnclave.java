package io.flgen.rules.aml;

import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-AML-009",
    name = "sgx-pool-runs-enclaves",
    category = Category.AML,
    title = "An Intel SGX pool is called confidential, but its jobs do not run in enclaves",
    crawl = Level.CRITICAL,
    walk = Level.CRITICAL,
    run = Level.CRITICAL,
    waivable = false,
    rationale =
        "On an SGX node an ordinary container runs outside any enclave: it is no more confidential than on any other "
            + "VM. Only an image built for an enclave runtime, in a pod that requests enclave page cache (sgx.intel.com/epc), "
            + "gets SGX protection.",
    fix =
        "Set cluster.confidentialNodePool.enclaveRuntime (gramine, occlum, scone, ...) and give every instance type pinned "
            + "to that pool an epc request, or use technology: sev-snp (confidential VMs that run ordinary containers).",
    sources = {
      "https://learn.microsoft.com/azure/confidential-computing/confidential-containers-enclaves | To run an existing Docker "
          + "container, applications on confidential computing nodes require an Intel Software Guard Extensions (SGX) "
          + "wrapper software to help the container execution within the bounds of special CPU instruction set.",
      "https://learn.microsoft.com/azure/confidential-computing/confidential-enclave-nodes-aks-get-started | "
          + "sgx.intel.com/epc: 5Mi # This limit will automatically place the job into a confidential computing node and "
          + "mount the required driver volumes."
    })
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
