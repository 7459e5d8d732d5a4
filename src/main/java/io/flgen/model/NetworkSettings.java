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
 */
public record NetworkSettings(
    boolean peering, boolean createDnsZones, SortedMap<String, String> existingDnsZones) {
  public NetworkSettings {
    existingDnsZones = new TreeMap<>(existingDnsZones);
  }
}
