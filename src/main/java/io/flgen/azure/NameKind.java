package io.flgen.azure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Naming rules for the Azure resources flgen names.
 *
 * <p>Source unless noted: "Naming rules and restrictions for Azure resources",
 * https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
 * (MicrosoftDocs/azure-docs articles/azure-resource-manager/management/resource-name-rules.md).
 * Lengths are counted in Unicode code points.
 */
public enum NameKind {
  // Microsoft.Storage/storageAccounts: global, 3-24, lowercase letters and numbers.
  STORAGE_ACCOUNT(3, 24, "[a-z0-9]", "lowercase letters and digits", true, "^[a-z0-9]{3,24}$"),

  // Microsoft.KeyVault/vaults: global, 3-24, alphanumerics and hyphens; start with letter, end
  // with letter or digit, no consecutive hyphens.
  KEY_VAULT(
      3,
      24,
      "[A-Za-z0-9-]",
      "letters, digits and hyphens",
      true,
      "^(?!.*--)[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]$",
      Rule.START_LETTER,
      Rule.END_ALNUM,
      Rule.NO_DOUBLE_HYPHEN),

  // Microsoft.MachineLearningServices/workspaces: 3-33. The name-rules page says "alphanumerics
  // and hyphens"; the ARM REST spec pattern ^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$ (enforced by azapi
  // schema validation) also allows underscores and requires an alphanumeric first character.
  AML_WORKSPACE(
      3,
      33,
      "[A-Za-z0-9_-]",
      "letters, digits, hyphens and underscores",
      false,
      "^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$",
      Rule.START_ALNUM),

  // workspaces/computes of type AmlCompute (compute cluster). Source: "Create an Azure Machine
  // Learning compute cluster",
  // https://learn.microsoft.com/azure/machine-learning/how-to-create-attach-compute-cluster
  // (3-24 characters, letters, digits and '-', start with a letter, a '-' must be followed later
  // by a letter; unique per region). The name-rules page allows 3-32; 3-24 is the stricter one.
  AML_COMPUTE_CLUSTER(
      3,
      24,
      "[A-Za-z0-9-]",
      "letters, digits and hyphens",
      false,
      "^[A-Za-z](?:[A-Za-z0-9]*|[A-Za-z0-9-]*-[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)$",
      Rule.START_LETTER,
      Rule.LETTER_AFTER_LAST_HYPHEN),

  // workspaces/computes of other types (attached Kubernetes compute): 2-16, alphanumerics and
  // hyphens. "Start with a letter" is the rule AML applies to every compute name; not stated for
  // this row of the name-rules page.
  AML_ATTACHED_COMPUTE(
      2,
      16,
      "[A-Za-z0-9-]",
      "letters, digits and hyphens",
      false,
      "^[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?$",
      Rule.START_LETTER,
      Rule.END_ALNUM),

  // workspaces/datastores: at most 255, lowercase letters, digits and underscores.
  AML_DATASTORE(
      1,
      255,
      "[a-z0-9_]",
      "lowercase letters, digits and underscores",
      false,
      "^[a-z0-9_]{1,255}$"),

  // Microsoft.ContainerRegistry/registries: global, 5-50, alphanumerics.
  CONTAINER_REGISTRY(5, 50, "[A-Za-z0-9]", "letters and digits", true, "^[A-Za-z0-9]{5,50}$"),

  // Microsoft.ManagedIdentity/userAssignedIdentities: 3-128, alphanumerics, hyphens, underscores;
  // start with letter or number.
  USER_ASSIGNED_IDENTITY(
      3,
      128,
      "[A-Za-z0-9_-]",
      "letters, digits, hyphens and underscores",
      false,
      "^[A-Za-z0-9][A-Za-z0-9_-]{2,127}$",
      Rule.START_ALNUM),

  // Microsoft.Network/virtualNetworks: 2-64; subnets, networkSecurityGroups,
  // privateDnsZones/virtualNetworkLinks: 1-80; privateEndpoints: 2-64. All: alphanumerics,
  // underscores, periods and hyphens; start alphanumeric; end alphanumeric or underscore.
  VIRTUAL_NETWORK(2, 64),
  SUBNET(1, 80),
  NETWORK_SECURITY_GROUP(1, 80),
  PRIVATE_ENDPOINT(2, 64),
  PRIVATE_DNS_ZONE_LINK(1, 80),

  // Microsoft.ContainerService/managedClusters: 1-63, alphanumerics, underscores and hyphens;
  // start and end with alphanumeric.
  AKS_CLUSTER(
      1,
      63,
      "[A-Za-z0-9_-]",
      "letters, digits, underscores and hyphens",
      false,
      "^[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?$",
      Rule.START_ALNUM,
      Rule.END_ALNUM),

  // Microsoft.Resources/resourcegroups: 1-90, underscores, hyphens, periods, parentheses and
  // letters or digits as defined by Char.IsLetterOrDigit (Unicode letters and decimal digits);
  // can't end with period.
  RESOURCE_GROUP(
      1,
      90,
      "[\\p{L}\\p{Nd}_().-]",
      "letters, digits, underscores, hyphens, periods and parentheses",
      false,
      "^[\\p{L}\\p{Nd}_().-]*[\\p{L}\\p{Nd}_()-]$",
      Rule.NOT_END_PERIOD),

  // Microsoft.Resources/deployments: 1-64, alphanumerics, underscores, parentheses, hyphens and
  // periods.
  DEPLOYMENT(
      1,
      64,
      "[A-Za-z0-9_().-]",
      "letters, digits, underscores, parentheses, hyphens and periods",
      false,
      "^[A-Za-z0-9_().-]{1,64}$"),

  // Microsoft.KubernetesConfiguration/extensions (e.g. the Azure ML extension): the name-rules
  // page has no row for it. The extension name becomes the Helm release name, so Helm's limits
  // are used: 1-53, lowercase letters, digits and hyphens, start and end alphanumeric.
  K8S_EXTENSION(
      1,
      53,
      "[a-z0-9-]",
      "lowercase letters, digits and hyphens",
      false,
      "^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$",
      Rule.START_ALNUM,
      Rule.END_ALNUM);

  // min, max, globallyUnique and pattern: read by description(), violation() and NameKindTest
  final int min;
  final int max;
  private final Pattern allowedChar;
  private final String allowed;
  final boolean globallyUnique;
  final Pattern pattern;
  private final List<Rule> rules;

  /**
   * A Microsoft.Network name (VNet, subnet, NSG, private endpoint, DNS zone link) of {@code min} to
   * {@code max} characters: alphanumerics, underscores, periods and hyphens, starting alphanumeric
   * and ending alphanumeric or underscore.
   */
  NameKind(int min, int max) {
    this(
        min,
        max,
        "[A-Za-z0-9_.-]",
        "letters, digits, underscores, periods and hyphens",
        false,
        "^[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$",
        Rule.START_ALNUM,
        Rule.END_ALNUM_UNDERSCORE);
  }

  NameKind(
      int min,
      int max,
      String charClass,
      String allowed,
      boolean globallyUnique,
      String regex,
      Rule... rules) {
    this.min = min;
    this.max = max;
    this.allowedChar = Pattern.compile(charClass);
    this.allowed = allowed;
    this.globallyUnique = globallyUnique;
    this.pattern = Pattern.compile(regex);
    this.rules = List.of(rules);
  }

  /** A human description, e.g. {@code 3-24 lowercase letters and digits}. */
  public String description() {
    StringBuilder sb =
        new StringBuilder().append(min).append('-').append(max).append(' ').append(allowed);
    for (Rule r : rules) {
      sb.append(", ").append(r.description);
    }
    if (globallyUnique) {
      sb.append(", globally unique");
    }
    return sb.toString();
  }

  /**
   * Why {@code name} is not a valid name of this kind, or empty if it is. Checks, in order: length
   * ({@code is 27 characters, the limit is 24}), characters ({@code contains '-', allowed:
   * lowercase letters and digits}), then structure ({@code must start with a letter}).
   */
  public Optional<String> violation(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.of("is empty");
    }
    int length = name.codePointCount(0, name.length());
    if (length > max) {
      return Optional.of("is " + length + " characters, the limit is " + max);
    }
    if (length < min) {
      return Optional.of(
          "is "
              + length
              + (length == 1 ? " character" : " characters")
              + ", the minimum is "
              + min);
    }
    int[] cps = name.codePoints().toArray();
    for (int cp : cps) {
      String c = new String(Character.toChars(cp));
      if (!allowedChar.matcher(c).matches()) {
        return Optional.of("contains " + quote(cp) + ", allowed: " + allowed);
      }
    }
    for (Rule r : rules) {
      if (!r.check.matcher(name).matches()) {
        return Optional.of(r.message);
      }
    }
    if (!pattern.matcher(name).matches()) { // safety net; the rules above should cover it
      return Optional.of("does not match " + pattern.pattern());
    }
    return Optional.empty();
  }

  /** Whether {@code name} is a valid name of this kind. */
  public boolean isValid(String name) {
    return violation(name).isEmpty();
  }

  private static String quote(int cp) {
    if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
      return String.format("U+%04X", cp);
    }
    return "'" + new String(Character.toChars(cp)) + "'";
  }

  /** A structural rule: a whole-name pattern, its message and its description fragment. */
  private enum Rule {
    START_LETTER("^[A-Za-z].*$", "must start with a letter", "starting with a letter"),
    START_ALNUM(
        "^[A-Za-z0-9].*$", "must start with a letter or digit", "starting with a letter or digit"),
    END_ALNUM(
        "^.*[A-Za-z0-9]$", "must end with a letter or digit", "ending with a letter or digit"),
    END_ALNUM_UNDERSCORE(
        "^.*[A-Za-z0-9_]$",
        "must end with a letter, digit or underscore",
        "ending with a letter, digit or underscore"),
    NOT_END_PERIOD("^.*[^.]$", "must not end with a period", "not ending with a period"),
    NO_DOUBLE_HYPHEN(
        "^(?!.*--).*$", "must not contain consecutive hyphens", "no consecutive hyphens"),
    LETTER_AFTER_LAST_HYPHEN(
        "^[^-]*$|^.*-[^-]*[A-Za-z][^-]*$",
        "must have a letter after its last hyphen",
        "a letter after the last hyphen");

    private final Pattern check;
    private final String message;
    private final String description;

    Rule(String regex, String message, String description) {
      this.check = Pattern.compile(regex, Pattern.DOTALL);
      this.message = message;
      this.description = description;
    }
  }
}
