package io.flgen.model;

/**
 * A silo's data.
 *
 * @param sensitivity sensitive or non-sensitive
 * @param container the blob container in the silo storage that holds the data
 * @param trainingPath the training data folder inside the container (or the local volume)
 * @param testingPath the testing data folder inside the container (or the local volume)
 */
public record SiloData(
    Sensitivity sensitivity, String container, String trainingPath, String testingPath) {}
