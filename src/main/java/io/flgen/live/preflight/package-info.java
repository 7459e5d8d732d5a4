/**
 * {@code flgen preflight}: what only the live subscription can say before a deployment, as FLG-PRE
 * findings.
 */
package io.flgen.live.preflight;
