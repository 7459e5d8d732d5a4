package io.flgen.plan;

/** A VNet peering, one direction; flgen always plans both. */
public record PeeringPlan(
    String name,
    VnetPlan local,
    VnetPlan remote,
    boolean allowForwardedTraffic,
    boolean allowGatewayTransit) {}
