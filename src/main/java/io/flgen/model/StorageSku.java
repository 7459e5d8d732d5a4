package io.flgen.model;

/** Storage account SKUs flgen accepts. */
public enum StorageSku {
  STANDARD_LRS("Standard_LRS", false),
  STANDARD_ZRS("Standard_ZRS", false),
  STANDARD_GRS("Standard_GRS", true),
  STANDARD_RAGRS("Standard_RAGRS", true),
  STANDARD_GZRS("Standard_GZRS", true),
  STANDARD_RAGZRS("Standard_RAGZRS", true),
  PREMIUM_LRS("Premium_LRS", false),
  PREMIUM_ZRS("Premium_ZRS", false);

  private final String azureName;
  private final boolean geoReplicated;

  StorageSku(String azureName, boolean geoReplicated) {
    this.azureName = azureName;
    this.geoReplicated = geoReplicated;
  }

  public String azureName() {
    return azureName;
  }

  /** True when the SKU copies data to the paired region. */
  public boolean geoReplicated() {
    return geoReplicated;
  }

  public static StorageSku fromAzureName(String s) {
    for (StorageSku v : values()) {
      if (v.azureName.equals(s)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown storage sku: " + s);
  }
}
