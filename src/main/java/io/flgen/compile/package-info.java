/**
 * The one owner of the stage sequence load → bind → name check → zone check → plan, and of the
 * diagnostics it collects: every command, the review of a manifest's topology, the bench and the
 * tests compile a topology here, and the plan is built at most once per compilation.
 */
package io.flgen.compile;
