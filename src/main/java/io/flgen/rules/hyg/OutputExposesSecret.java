package io.flgen.rules.hyg;

import io.flgen.plan.OutputPlan;
import io.flgen.plan.Plan;
import io.flgen.rules.Finding;
import io.flgen.rules.Rule;
import io.flgen.rules.RuleId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Output names and properties are split into words (camelCase, digits and separators), so that a
 * silo named "kansas" is not a "sas" and "keyVaultName" is not a key.
 */
@RuleId("FLG-HYG-002")
public final class OutputExposesSecret implements Rule {
  private static final Set<String> SECRET_WORDS =
      Set.of("key", "keys", "secret", "secrets", "password", "passwords", "sas", "token", "tokens");

  @Override
  public Stream<Finding> check(Plan plan) {
    List<Finding> out = new ArrayList<>();
    for (OutputPlan o : plan.outputs()) {
      if (applicationInsights(o.name()) || applicationInsights(o.property())) {
        continue;
      }
      List<String> why = new ArrayList<>();
      secretWord(o.name())
          .filter(
              w -> !(isReference(o.property()) && VAULT_WORDS.contains(w.toLowerCase(Locale.ROOT))))
          .ifPresent(w -> why.add("its name contains '" + w + "'"));
      if (o.property() != null
          && (o.property().matches("list[A-Z].*") || o.property().equalsIgnoreCase("listkeys"))) {
        why.add("its property " + o.property() + " is a list* function");
      } else if (o.property() != null) {
        secretWord(o.property())
            .ifPresent(w -> why.add("its property " + o.property() + " contains '" + w + "'"));
      }
      if (!why.isEmpty()) {
        String origin = PlanNames.originOf(plan, o.resource()).orElse("orchestrator");
        out.add(
            finding(
                o.name(),
                origin,
                "output "
                    + o.name()
                    + " ("
                    + o.property()
                    + " of "
                    + o.resource()
                    + ") may expose a secret: "
                    + String.join(" and ", why)));
      }
    }
    return out.stream();
  }

  /**
   * Whether an output names Application Insights' connection string or instrumentation key: an
   * identifier, not a secret ("Ikey unique identifiers aren't security tokens or security keys, and
   * aren't considered secrets",
   * https://learn.microsoft.com/azure/azure-monitor/app/connection-strings).
   */
  static boolean applicationInsights(String s) {
    String flat = s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return (flat.contains("applicationinsights") || flat.contains("appinsights"))
        && (flat.contains("connectionstring") || flat.contains("instrumentationkey"));
  }

  /**
   * Words that name Key Vault objects: an output called {@code keyId} or {@code secretUri} that
   * reads a resource's id or URI is a reference to the key or secret, not its value.
   */
  private static final Set<String> VAULT_WORDS = Set.of("key", "keys", "secret", "secrets");

  /**
   * Whether an output reads a resource's id, name, URI or URL: a reference to a resource (a Key
   * Vault key's or secret's id or URI included), never its value.
   */
  static boolean isReference(String property) {
    return property != null
        && !property.startsWith("list")
        && (property.equalsIgnoreCase("id")
            || property.equalsIgnoreCase("name")
            || property.matches(".*[a-z0-9](Id|Uri|Url|Name)"));
  }

  /** The first word of {@code s} that names a secret, as written. */
  static Optional<String> secretWord(String s) {
    if (s.toLowerCase(Locale.ROOT).contains("connectionstring")) {
      return Optional.of("connectionString");
    }
    List<String> words =
        Arrays.stream(s.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[^A-Za-z0-9]+"))
            .filter(w -> !w.isEmpty())
            .toList();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).toLowerCase(Locale.ROOT);
      boolean keyVault =
          w.equals("key") && i + 1 < words.size() && words.get(i + 1).equalsIgnoreCase("vault");
      boolean publicKey =
          w.startsWith("key") && i > 0 && words.get(i - 1).equalsIgnoreCase("public");
      if (SECRET_WORDS.contains(w) && !keyVault && !publicKey) {
        return Optional.of(words.get(i));
      }
    }
    return Optional.empty();
  }
}
