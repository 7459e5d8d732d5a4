package io.flgen.plan;

/**
 * One NSG security rule. flgen generates none (the default rules deny inbound internet traffic);
 * the type exists so rules can check rules that reviews or later features add.
 *
 * @param source source address prefix, for example {@code Internet}, {@code *} or a CIDR
 */
public record NsgRulePlan(
    String name, int priority, String direction, String access, String protocol, String source, String destinationPorts) {}
