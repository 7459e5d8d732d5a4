/**
 * Stage 4, rules: the security catalogue. Each rule is one class under a package per area ({@code
 * rules.iso}, {@code rules.sto}, ...), marked with its {@link RuleId}, or, when it judges one
 * setting of one kind of resource, a {@link Setting} declared with its id in the area's registry.
 * Its prose is the data {@link RuleInfo} reads; it is registered in {@link RuleCatalog#ALL} and
 * reads only the {@link io.flgen.plan.Plan}. Imports plan, readiness, azure, terms and diag, never
 * model.
 */
package io.flgen.rules;
