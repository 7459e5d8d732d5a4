package io.flgen.rules;

/**
 * What a rule found, before stage severity and waivers are applied.
 *
 * @param ruleId the rule id
 * @param target the resource (or topology path) the finding is about; waivers match it
 * @param origin the topology path it traces back to, for a file:line location
 * @param message what is wrong, naming the resource
 */
public record Finding(String ruleId, String target, String origin, String message) {}
