/**
 * The typed topology: immutable records and sealed interfaces that mirror {@code topology.yaml}.
 * Imports nothing else from flgen except the Azure facts in {@code io.flgen.azure}. Source
 * positions are not stored here; the load stage keeps them in a {@code SourceMap} keyed by topology
 * path (for example {@code silos[1].network.addressSpace}).
 */
package io.flgen.model;
