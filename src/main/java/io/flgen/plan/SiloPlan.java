package io.flgen.plan;

import io.flgen.terms.NetworkMode;
import java.util.Optional;

/**
 * One silo as the later stages need it: who it is, where its data must stay and how sensitive it
 * is. Made once by the planner from the topology; review takes it from the manifest's topology.
 *
 * @param party the silo as an owner of resources
 * @param index its position in {@code silos}
 * @param kind how its compute is reached
 * @param region the region its data and resources must stay in
 * @param sensitive its data is {@code sensitive}
 * @param network its network mode
 * @param data where its data sits in its storage account
 * @param privatePath the network path an Arc silo declares into the hub's private endpoints
 * @param kubernetesVersion the AKS version an external AKS silo asks for, or empty
 * @param deployerApprovedAccount the existing storage account whose private endpoint connection the
 *     deployer may approve, when the topology says so
 */
public record SiloPlan(
    Party party,
    int index,
    SiloKind kind,
    String region,
    boolean sensitive,
    NetworkMode network,
    Data data,
    Optional<PrivatePath> privatePath,
    String kubernetesVersion,
    Optional<String> deployerApprovedAccount) {

  /** The closed set of silo kinds of the topology. */
  public enum SiloKind {
    INTERNAL,
    EXTERNAL,
    CROSS_TENANT
  }

  /** The container and the paths of a silo's training and test data. */
  public record Data(String container, String trainingPath, String testingPath) {}

  /** How an Arc silo's network reaches the hub: the route and the DNS server it uses. */
  public record PrivatePath(String via, String dnsServer) {}

  public String name() {
    return party.key();
  }
}
