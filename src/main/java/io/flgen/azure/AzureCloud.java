package io.flgen.azure;

/** The Azure clouds flgen can target. The YAML spelling is {@link #yamlName()}. */
public enum AzureCloud {
  PUBLIC("public", "AzureCloud"),
  US_GOV("usgov", "AzureUSGovernment"),
  CHINA("china", "AzureChinaCloud");

  private final String yamlName;
  private final String cliName;

  AzureCloud(String yamlName, String cliName) {
    this.yamlName = yamlName;
    this.cliName = cliName;
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
