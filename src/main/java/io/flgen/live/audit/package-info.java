/**
 * {@code flgen audit}: the live role assignments and storage settings of a deployment against its
 * manifest.
 */
package io.flgen.live.audit;
