package io.flgen.plan;

import java.util.List;

/**
 * A private DNS zone and the VNets linked to it.
 *
 * @param existingId the zone id of a hub, when the topology uses existing zones; empty otherwise
 */
public record DnsZonePlan(String zone, Scope scope, String existingId, List<VnetPlan> links) {}
