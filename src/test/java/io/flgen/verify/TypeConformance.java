package io.flgen.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Extracts the resource bodies of a Bicep file and checks them against the type catalogue. */
public final class TypeConformance {

  private TypeConformance() {}

  /**
   * Checks every writing resource declaration of a Bicep file.
   *
   * @return {@code file:line: <violation>} strings; an unknown {@code Type@version} is a violation
   *     too
   */
  public static List<String> checkBicepFile(AzureTypeCatalog catalog, Path file) {
    String source;
    try {
      source = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return checkBicepSource(catalog, file.toString().replace('\\', '/'), source);
  }

  /** As {@link #checkBicepFile}, for source text shown under {@code displayName}. */
  public static List<String> checkBicepSource(
      AzureTypeCatalog catalog, String displayName, String source) {
    List<String> out = new ArrayList<>();
    for (BicepResourceBodies.Declaration d : BicepResourceBodies.extract(source)) {
      String where = displayName + ":" + d.line() + ": ";
      if (!catalog.hasType(d.typeAtVersion())) {
        String type = d.typeAtVersion().substring(0, d.typeAtVersion().indexOf('@'));
        List<String> versions = catalog.versionsOf(type);
        out.add(
            where
                + d.typeAtVersion()
                + ": unknown resource type or API version"
                + (versions.isEmpty()
                    ? " (type not in catalogue)"
                    : " (catalogue has: " + String.join(", ", versions) + ")"));
        continue;
      }
      catalog.check(d.typeAtVersion(), d.body()).forEach(v -> out.add(where + v));
    }
    return out;
  }
}
