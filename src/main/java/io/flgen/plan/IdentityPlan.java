package io.flgen.plan;

/** A user-assigned managed identity, and the parties that use it. */
public record IdentityPlan(String name, Party owner, Scope scope, String region, String origin) {}
