/**
 * Stage 4, rules: the security catalogue. Each rule is one class under a package per area ({@code
 * rules.iso}, {@code rules.sto}, ...), marked with its {@link RuleId} (its prose is the data {@link
 * RuleInfo} reads), registered in {@link RuleCatalog#ALL}, and reads only the {@link
 * io.flgen.plan.Plan}. Imports plan, model and diag.
 */
package io.flgen.rules;
