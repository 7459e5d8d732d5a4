package io.flgen.plan;

/** What a storage account holds: the closed set of {@link StoragePlan#role()}. */
public enum StorageRole {
  /** A silo's data. */
  SILO("silo"),
  /** The orchestrator's model-update and global-model account. */
  EXCHANGE("exchange"),
  /** The workspace's own artifacts. */
  WORKSPACE("workspace"),
  /** A reviewed account none of the above explains. */
  UNKNOWN("unknown");

  private final String label;

  StorageRole(String label) {
    this.label = label;
  }

  /** The word printed in names, symbols and messages ({@code silo}, {@code exchange}, ...). */
  public String label() {
    return label;
  }

  /** The {@link #label()}, so a role concatenated into a message reads as before. */
  @Override
  public String toString() {
    return label;
  }
}
