package io.flgen.model;

/** How compute subnets reach the service tags Azure ML needs outbound. */
public enum Egress {
  /** A NAT gateway on every compute subnet, and NSG outbound rules for Azure ML's service tags. */
  NAT
}
