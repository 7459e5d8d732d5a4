package io.flgen.review;

import io.flgen.diag.Location;
import java.util.List;

/**
 * Where a derived object was declared: the declaration in the file that declares it, and the module
 * calls from the entry that led there (outermost first; empty for the entry's own declarations).
 * Locations travel with the derived objects from the moment they are read, so a finding is placed
 * at its target's declaration, never found again by matching text.
 */
record Site(Location at, List<Location> chain) {
  static final Site FOLDER = new Site(new Location("(folder)", 1, 1), List.of());

  static Site of(Instance i) {
    return new Site(i.where(), i.chain());
  }

  /** The entry file of the deployment the site belongs to; the site's own file for an entry. */
  String entry() {
    return chain.isEmpty() ? at.file() : chain.get(0).file();
  }
}
