package io.flgen.plan;

import io.flgen.model.CrossTenantSilo;
import io.flgen.model.ExternalSilo;
import io.flgen.model.KubernetesCluster;
import io.flgen.model.Sensitivity;
import io.flgen.model.Silo;
import io.flgen.model.Storage;
import io.flgen.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a topology's {@link PlanContext} once, so no later stage reads the topology. */
final class ContextBuilder {
  private ContextBuilder() {}

  /** The context of {@code t}, with the names the planner gave ({@code plannedNames}). */
  static PlanContext of(Topology t, List<PlannedName> plannedNames) {
    List<SiloPlan> silos = new ArrayList<>();
    for (int i = 0; i < t.silos().size(); i++) {
      silos.add(silo(t.silos().get(i), i));
    }
    var job = t.job();
    return new PlanContext(
        t.metadata().name(),
        t.metadata().stage(),
        t.metadata().cloud(),
        t.metadata().tags(),
        t.orchestrator().tenantId(),
        t.orchestrator().network().mode(),
        silos,
        new JobSettings(
            job.rounds(),
            job.aggregation().yamlName(),
            job.components().starter(),
            job.differentialPrivacy().isPresent()),
        t.waivers(),
        plannedNames);
  }

  private static SiloPlan silo(Silo s, int index) {
    SiloPlan.SiloKind kind =
        s instanceof ExternalSilo
            ? SiloPlan.SiloKind.EXTERNAL
            : s instanceof CrossTenantSilo
                ? SiloPlan.SiloKind.CROSS_TENANT
                : SiloPlan.SiloKind.INTERNAL;
    Optional<SiloPlan.PrivatePath> privatePath = Optional.empty();
    String version = "";
    if (s instanceof ExternalSilo e) {
      privatePath = e.privatePath().map(p -> new SiloPlan.PrivatePath(p.via(), p.dnsServer()));
      if (e.cluster() instanceof KubernetesCluster.Aks aks) {
        version = aks.kubernetesVersion().orElse("");
      }
    }
    Optional<String> approved =
        s.storage() instanceof Storage.Existing ex && ex.deployerApproves()
            ? Optional.of(ex.accountName())
            : Optional.empty();
    return new SiloPlan(
        Party.silo(s.name(), index),
        index,
        kind,
        s.region(),
        s.data().sensitivity() == Sensitivity.SENSITIVE,
        s.network().mode(),
        new SiloPlan.Data(s.data().container(), s.data().trainingPath(), s.data().testingPath()),
        privatePath,
        version,
        approved);
  }
}
