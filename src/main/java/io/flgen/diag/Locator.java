package io.flgen.diag;

/** Finds the source location of a topology path; later stages use it without knowing YAML. */
@FunctionalInterface
public interface Locator {
  Location locate(String path);
}
