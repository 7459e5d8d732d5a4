/**
 * Stage 6, review: reads a folder of Bicep and Azure ML YAML back (flgen's own Bicep reader),
 * derives a plan from the artifacts alone, runs the same rule catalogue on it, and reports for a
 * security team: access matrix, internet exposure, tenant boundaries, findings with file:line, a
 * Mermaid diagram, drift against the manifest, and what could not be resolved statically.
 */
package io.flgen.review;
