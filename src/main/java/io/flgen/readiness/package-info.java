/**
 * Job readiness: for every pipeline step and every person's step in DEPLOY.md, what it touches, the
 * network path to each target and the grant that lets it in. Reads the plan only; the FLG-AML rules
 * report what it finds missing.
 */
package io.flgen.readiness;
