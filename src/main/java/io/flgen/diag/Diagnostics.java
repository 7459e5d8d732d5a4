package io.flgen.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics from one stage; {@link #sorted()} gives them in source order. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public void add(Diagnostic d) {
    items.add(d);
  }

  public void add(String code, Location location, String path, String message) {
    items.add(new Diagnostic(code, location, path, message));
  }

  public void addAll(List<Diagnostic> ds) {
    items.addAll(ds);
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  public List<Diagnostic> sorted() {
    return items.stream().sorted().distinct().toList();
  }
}
