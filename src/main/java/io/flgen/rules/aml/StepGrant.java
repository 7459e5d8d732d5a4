package io.flgen.rules.aml;

import io.flgen.plan.Plan;
import io.flgen.rules.Category;
import io.flgen.rules.Finding;
import io.flgen.rules.Level;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleInfo;
import java.util.stream.Stream;

@RuleInfo(
    id = "FLG-AML-013",
    name = "step-has-grant",
    category = Category.AML,
    title = "A pipeline step or a person's step lacks the role its target needs",
    crawl = Level.CRITICAL,
    walk = Level.CRITICAL,
    run = Level.CRITICAL,
    waivable = false,
    rationale =
        "Least privilege must still be enough: the principal a step runs as needs a role at a scope that covers each target (a data role on the container it reads or writes, AcrPull on the registry, AzureML Data Scientist to submit, Blob and File data roles for code upload when shared keys are off, and for a person who works from the jumpbox Reader on its VM, NIC and Bastion host plus Virtual Machine User Login).",
    fix =
        "Follow the message: declare the person (people.dataScientists, silos[].dataOwners, cluster.adminGroupObjectId), or restore the grant flgen plans.",
    sources = {
      AmlRules.IDENTITY
          + " | A managed identity is automatically granted ACRPull role on workspace ACR to enable pulling Docker images for training.",
      "https://learn.microsoft.com/azure/bastion/connect-vm-native-client-linux | Reader role on the virtual machine. … Reader role on the NIC … Reader role on the Azure Bastion resource."
    })
public final class StepGrant implements Rule {
  @Override
  public Stream<Finding> check(Plan plan) {
    return ReadinessFindings.of(
        this,
        plan,
        c -> !c.grantOk(),
        c -> "has no grant for " + c.target() + " (" + c.need() + "): " + c.grant());
  }
}
