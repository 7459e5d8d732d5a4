package io.flgen.model;

import java.util.Optional;

/**
 * The user-assigned managed identity of a silo. flgen creates one per silo.
 *
 * @param name overrides the generated identity name. The identity is its resource id (the silo's
 *     resource group and this name, compared case-insensitively as Azure does); naming another
 *     party's identity is refused (FLG202), the same name in another resource group is another
 *     identity
 */
public record Identity(Optional<String> name) {}
