package io.flgen.model;

import io.flgen.azure.EnumTable;

/**
 * Storage account SKUs flgen accepts, with their data read once from {@code
 * azure/storage-skus.properties}.
 */
public enum StorageSku {
  STANDARD_LRS,
  STANDARD_ZRS,
  STANDARD_GRS,
  STANDARD_RAGRS,
  STANDARD_GZRS,
  STANDARD_RAGZRS,
  PREMIUM_LRS,
  PREMIUM_ZRS;

  private static final EnumTable<StorageSku> TABLE =
      EnumTable.read("azure/storage-skus.properties", values(), "azureName", "geoReplicated");

  public String azureName() {
    return TABLE.get(this, "azureName");
  }

  /** True when the SKU copies data to the paired region. */
  public boolean geoReplicated() {
    return TABLE.row(this).flag("geoReplicated");
  }

  public static StorageSku fromAzureName(String s) {
    return TABLE.find("azureName", s, "storage sku");
  }
}
