package io.flgen.model;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Topology-wide network settings.
 *
 * @param peering hub-and-spoke VNet peering between the orchestrator and every isolated silo
 * @param createDnsZones create the private DNS zones; when false, {@code existingDnsZones} gives
 *     the zone resource ids of a hub
 * @param existingDnsZones zone name to zone resource id (sorted)
 * @param egress how compute subnets reach Azure ML's outbound service tags
 * @param wayIn how people reach private endpoints, when the topology asks for one
 */
public record NetworkSettings(
    boolean peering,
    boolean createDnsZones,
    SortedMap<String, String> existingDnsZones,
    Egress egress,
    java.util.Optional<WayIn> wayIn) {
  public NetworkSettings {
    existingDnsZones = new TreeMap<>(existingDnsZones);
  }
}
