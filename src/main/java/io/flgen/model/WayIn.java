package io.flgen.model;

/**
 * How people reach private endpoints from outside Azure.
 *
 * @param kind Azure Bastion with a jumpbox VM in the hub (the only kind so far)
 * @param jumpboxVmSize the jumpbox VM size
 */
public record WayIn(Kind kind, String jumpboxVmSize) {
  public enum Kind {
    BASTION
  }
}
