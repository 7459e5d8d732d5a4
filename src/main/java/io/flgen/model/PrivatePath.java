package io.flgen.model;

/**
 * The private path from an Arc cluster's own network to the orchestrator hub.
 *
 * @param via {@code vpn} or {@code expressRoute}
 * @param dnsServer the DNS forwarder that resolves the hub's privatelink zones for the cluster
 */
public record PrivatePath(String via, String dnsServer) {}
