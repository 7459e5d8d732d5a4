package io.flgen.model;

/** Data that lives on the external cluster, exposed to jobs through a PersistentVolume. */
public sealed interface LocalData permits LocalData.HostPath, LocalData.Nfs {

  /** The volume size, in Kubernetes quantity form (for example {@code 100Gi}). */
  String size();

  /** Where the data is mounted in the training container. */
  String mountPath();

  record HostPath(String path, String size, String mountPath) implements LocalData {}

  record Nfs(String server, String path, String size, String mountPath) implements LocalData {}
}
