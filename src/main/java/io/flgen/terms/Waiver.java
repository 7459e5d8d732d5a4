package io.flgen.terms;

import java.time.LocalDate;

/**
 * Accepts one finding of one rule on one target, for a limited time.
 *
 * @param rule the rule id, for example {@code FLG-STO-005}
 * @param target the topology path or resource name the finding is about
 * @param justification why the risk is accepted
 * @param expires the last day the waiver applies
 */
public record Waiver(String rule, String target, String justification, LocalDate expires) {}
