package io.flgen.plan;

import java.util.Locale;

/** What a storage account holds: the closed set of {@link StoragePlan#role()}. */
public enum StorageRole {
  /** A silo's data. */
  SILO,
  /** The orchestrator's model-update and global-model account. */
  EXCHANGE,
  /** The workspace's own artifacts. */
  WORKSPACE,
  /** A reviewed account none of the above explains. */
  UNKNOWN;

  /** The word printed in names, symbols and messages ({@code silo}, {@code exchange}, ...). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
