package io.flgen.rules;

import java.util.Optional;

/** A rule's severity at one stage, or OFF when the rule does not apply at that stage. */
public enum Level {
  OFF,
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  public Optional<Severity> severity() {
    return this == OFF ? Optional.empty() : Optional.of(Severity.valueOf(name()));
  }
}
