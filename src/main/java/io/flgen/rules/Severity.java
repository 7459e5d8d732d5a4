package io.flgen.rules;

import java.util.Locale;

/** How bad a finding is. Ordered: LOW < MEDIUM < HIGH < CRITICAL. */
public enum Severity {
  LOW(3.0, "note"),
  MEDIUM(5.5, "warning"),
  HIGH(8.0, "error"),
  CRITICAL(9.5, "error");

  private final double score;
  private final String sarifLevel;

  Severity(double score, String sarifLevel) {
    this.score = score;
    this.sarifLevel = sarifLevel;
  }

  /** The CVSS-like score GitHub code scanning reads from {@code security-severity}. */
  public double score() {
    return score;
  }

  /** SARIF {@code level}: critical and high are errors, medium a warning, low a note. */
  public String sarifLevel() {
    return sarifLevel;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity parse(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
