package io.flgen.plan;

import io.flgen.azure.AzureCloud;
import io.flgen.terms.NetworkMode;
import io.flgen.terms.Stage;
import io.flgen.terms.Waiver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the topology declares about the federation as a whole, which no single resource says: its
 * name and stage, the cloud, the parties, the job settings and the waivers. The planner makes it
 * once; review takes it from the manifest's topology when there is one, and otherwise uses {@link
 * #reviewed()}: no silos, stage run, no waivers.
 *
 * @param name the topology's {@code metadata.name}
 * @param tags the topology's tags, sorted by key
 * @param homeTenantId the orchestrator's tenant id when the topology states it
 * @param orchestratorNetwork the orchestrator's network mode
 * @param silos the silos, in topology order
 * @param plannedNames every name the planner gave, with the topology path that decides it, for
 *     {@link NameCheck}; empty for a reviewed folder
 */
public record PlanContext(
    String name,
    Stage stage,
    AzureCloud cloud,
    Map<String, String> tags,
    Optional<String> homeTenantId,
    NetworkMode orchestratorNetwork,
    List<SiloPlan> silos,
    JobSettings job,
    List<Waiver> waivers,
    List<PlannedName> plannedNames) {
  public PlanContext {
    tags = java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
    silos = List.copyOf(silos);
    waivers = List.copyOf(waivers);
    plannedNames = List.copyOf(plannedNames);
  }

  /** The context of a reviewed folder without a manifest: nothing declared, stage run. */
  public static PlanContext reviewed() {
    return new PlanContext(
        "reviewed",
        Stage.RUN,
        AzureCloud.PUBLIC,
        Map.of(),
        Optional.empty(),
        NetworkMode.OPEN,
        List.of(),
        JobSettings.UNKNOWN,
        List.of(),
        List.of());
  }

  /** The same context with other waivers (tests attach waivers this way). */
  public PlanContext withWaivers(List<Waiver> other) {
    return new PlanContext(
        name,
        stage,
        cloud,
        tags,
        homeTenantId,
        orchestratorNetwork,
        silos,
        job,
        other,
        plannedNames);
  }

  /** The network mode of a party: the orchestrator's, its silo's, or open for an unknown silo. */
  public NetworkMode network(Party p) {
    if (!p.silo()) {
      return orchestratorNetwork;
    }
    return silo(p).map(SiloPlan::network).orElse(NetworkMode.OPEN);
  }

  /** The silo a party stands for (the first of its name), or empty for the orchestrator. */
  public Optional<SiloPlan> silo(Party p) {
    if (!p.silo()) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_NAME.get(silos).get(p.key()));
  }

  /**
   * The silos of the context looked up last, by name (the first of a name): rules and render ask
   * once per party, so a lookup per party stays linear overall.
   */
  private static final LastMemo<List<SiloPlan>, Map<String, SiloPlan>> BY_NAME =
      new LastMemo<>(
          silos -> {
            Map<String, SiloPlan> byName = new java.util.HashMap<>();
            silos.forEach(s -> byName.putIfAbsent(s.name(), s));
            return byName;
          });
}
