package io.flgen.plan;

/** A subnet and its NSG. */
public record SubnetPlan(String name, String prefix, String nsg, boolean privateEndpoints) {}
