package io.flgen.azure;

/**
 * The Azure clouds flgen can target, with their data read once from {@code
 * azure/clouds.properties}. The YAML spelling is {@link #yamlName()}.
 */
public enum AzureCloud {
  PUBLIC,
  US_GOV,
  CHINA;

  private static final EnumTable<AzureCloud> TABLE =
      EnumTable.read(
          "azure/clouds.properties",
          values(),
          "yamlName",
          "cliName",
          "loginHost",
          "tokenExchangeAudience");

  /**
   * The Entra ID authority host: the issuer of federated credentials is https://HOST/TENANT/v2.0.
   */
  public String loginHost() {
    return TABLE.get(this, "loginHost");
  }

  /** The audience a managed identity's token needs to be exchanged for an app's token. */
  public String tokenExchangeAudience() {
    return TABLE.get(this, "tokenExchangeAudience");
  }

  /** The value written in topology.yaml ({@code metadata.cloud}). */
  public String yamlName() {
    return TABLE.get(this, "yamlName");
  }

  /** The name `az cloud set --name` takes. */
  public String cliName() {
    return TABLE.get(this, "cliName");
  }

  public static AzureCloud fromYaml(String s) {
    return TABLE.find("yamlName", s, "cloud");
  }
}
