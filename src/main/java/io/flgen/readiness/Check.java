package io.flgen.readiness;

/**
 * One thing a step needs: a target, the network path to it and the grant on it.
 *
 * @param actor the pipeline step, or the person's step ({@code data scientist: submit the job})
 * @param origin where it runs: a compute and its VNet, a cluster, or a person's machine
 * @param principal who it acts as: an identity, an app, or a person or group
 * @param target what it touches: {@code workspace mlw-x}, {@code storage stx/updates-a}, ...
 * @param need what it does there: read, write, pull, submit, encrypt
 * @param path the network path found, or why there is none
 * @param pathOk whether the path exists
 * @param grant the grant found, or what is missing
 * @param grantOk whether a grant covers the need
 * @param origin0 the topology path the finding points at
 */
public record Check(
    String actor,
    String origin,
    String principal,
    String target,
    String need,
    String path,
    boolean pathOk,
    String grant,
    boolean grantOk,
    String origin0) {
  public boolean ready() {
    return pathOk && grantOk;
  }
}
