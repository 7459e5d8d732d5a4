package io.flgen.plan;

import io.flgen.terms.YamlEnum;

/**
 * What a storage account holds: the closed set of {@link StoragePlan#role()}. Its {@link
 * #yamlName()} is the word printed in names, symbols and messages ({@code silo}, {@code exchange}).
 */
public enum StorageRole implements YamlEnum {
  /** A silo's data. */
  SILO,
  /** The orchestrator's model-update and global-model account. */
  EXCHANGE,
  /** The workspace's own artifacts. */
  WORKSPACE,
  /** A reviewed account none of the above explains. */
  UNKNOWN
}
