package io.flgen.model;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A silo's data.
 *
 * @param sensitivity sensitive or non-sensitive
 * @param container the blob container in the silo storage that holds the data
 * @param trainingPath the training data folder inside the container (or the local volume)
 * @param testingPath the testing data folder inside the container (or the local volume)
 * @param version the version of the silo's data assets, bumped when new data is uploaded
 * @param description free text the topology adds to the data assets' description, if any
 * @param tags tags the topology adds to the data assets (sorted), if any
 */
public record SiloData(
    Sensitivity sensitivity,
    String container,
    String trainingPath,
    String testingPath,
    int version,
    Optional<String> description,
    SortedMap<String, String> tags) {
  public SiloData {
    tags = new TreeMap<>(tags);
  }
}
