package io.flgen.plan;

/**
 * One NSG security rule. flgen plans outbound allow rules for the service tags Azure ML needs on
 * compute subnets, and no inbound rule (the default rules deny inbound internet traffic).
 *
 * @param source source address prefix, for example {@code Internet}, {@code *} or a CIDR
 * @param destinationPorts a port, a range or a comma-separated list
 * @param destination destination address prefix or service tag, for example {@code
 *     AzureMachineLearning}
 */
public record NsgRulePlan(
    String name,
    int priority,
    String direction,
    String access,
    String protocol,
    String source,
    String destinationPorts,
    String destination) {}
