/**
 * Stage 1, load: bytes to a position-aware JSON tree, then JSON Schema validation. Bounded cost on
 * hostile input (size, depth, aliases, node count). Imports diag only.
 */
package io.flgen.load;
