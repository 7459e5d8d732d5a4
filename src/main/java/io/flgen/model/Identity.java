package io.flgen.model;

import java.util.Optional;

/**
 * The user-assigned managed identity of a silo. flgen creates one per silo.
 *
 * @param name overrides the generated identity name; two parties naming the same identity share
 *     it, which the rules flag
 */
public record Identity(Optional<String> name) {}
