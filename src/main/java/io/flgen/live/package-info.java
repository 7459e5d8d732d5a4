/**
 * Read-only calls to Azure Resource Manager through the Azure SDK for Java, for the commands that
 * ask a live subscription ({@code flgen preflight}). Only those commands load this package, so the
 * SDK stays off the start-up path of validate, render and review.
 */
package io.flgen.live;
