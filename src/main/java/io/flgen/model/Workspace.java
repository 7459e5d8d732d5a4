package io.flgen.model;

import java.util.Optional;

/**
 * @param publicNetworkAccess explicit override; when absent it follows the network mode (enabled
 *     only in open mode)
 * @param hbi high business impact workspace (extra encryption, reduced telemetry)
 */
public record Workspace(Optional<Boolean> publicNetworkAccess, boolean hbi) {}
