/**
 * The closed values the topology, the plan and every later stage share: the stage, a network mode,
 * an address range and a waiver. Below {@code model}, so rules, render and review speak of them
 * without reading the topology.
 */
package io.flgen.terms;
