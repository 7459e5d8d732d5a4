package io.flgen.model;

import io.flgen.azure.AzureCloud;
import io.flgen.terms.Stage;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * @param name the topology name, used in resource names when no prefix is given
 * @param stage crawl, walk or run
 * @param tags tags put on every resource (sorted)
 * @param naming how resource names are built
 * @param cloud the Azure cloud
 */
public record Metadata(
    String name, Stage stage, SortedMap<String, String> tags, Naming naming, AzureCloud cloud) {
  public Metadata {
    tags = new TreeMap<>(tags);
  }

  /**
   * @param prefix the base of every resource name
   * @param uniqueSuffix append a deterministic suffix to globally unique names (storage, Key Vault,
   *     registry), derived from the orchestrator subscription and the topology name
   */
  public record Naming(String prefix, boolean uniqueSuffix) {}
}
