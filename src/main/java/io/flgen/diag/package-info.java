/**
 * Diagnostics shared by every stage: where a problem is, what it is, and its stable code. Imports
 * nothing else from flgen.
 */
package io.flgen.diag;
