package io.flgen.azure;

/** The Azure clouds flgen can target. The YAML spelling is {@link #yamlName()}. */
public enum AzureCloud {
  PUBLIC("public", "AzureCloud", "login.microsoftonline.com", "api://AzureADTokenExchange"),
  US_GOV(
      "usgov", "AzureUSGovernment", "login.microsoftonline.us", "api://AzureADTokenExchangeUSGov"),
  CHINA("china", "AzureChinaCloud", "login.chinacloudapi.cn", "api://AzureADTokenExchangeChina");

  private final String yamlName;
  private final String cliName;
  private final String loginHost;
  private final String tokenExchangeAudience;

  AzureCloud(String yamlName, String cliName, String loginHost, String tokenExchangeAudience) {
    this.yamlName = yamlName;
    this.cliName = cliName;
    this.loginHost = loginHost;
    this.tokenExchangeAudience = tokenExchangeAudience;
  }

  /**
   * The Entra ID authority host: the issuer of federated credentials is https://HOST/TENANT/v2.0.
   */
  public String loginHost() {
    return loginHost;
  }

  /** The audience a managed identity's token needs to be exchanged for an app's token. */
  public String tokenExchangeAudience() {
    return tokenExchangeAudience;
  }

  /** The value written in topology.yaml ({@code metadata.cloud}). */
  public String yamlName() {
    return yamlName;
  }

  /** The name `az cloud set --name` takes. */
  public String cliName() {
    return cliName;
  }

  public static AzureCloud fromYaml(String s) {
    for (AzureCloud c : values()) {
      if (c.yamlName.equals(s)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown cloud: " + s);
  }
}
