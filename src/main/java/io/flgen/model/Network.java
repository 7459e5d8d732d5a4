package io.flgen.model;

import io.flgen.terms.NetworkMode;
import java.util.Optional;

/**
 * The network of the orchestrator or of one silo.
 *
 * @param mode open, vnet or private
 * @param addressSpace the VNet address space (CIDR)
 * @param computeSubnet the compute subnet; derived from the address space when absent
 * @param privateEndpointSubnet the private endpoint subnet; derived when absent
 */
public record Network(
    NetworkMode mode,
    String addressSpace,
    Optional<String> computeSubnet,
    Optional<String> privateEndpointSubnet) {}
