package io.flgen.model;

import io.flgen.terms.Waiver;
import java.util.List;

/** The whole topology.yaml, bound. */
public record Topology(
    Metadata metadata,
    Orchestrator orchestrator,
    List<Silo> silos,
    NetworkSettings network,
    Job job,
    People people,
    List<Waiver> waivers) {
  public Topology {
    silos = List.copyOf(silos);
    waivers = List.copyOf(waivers);
  }
}
