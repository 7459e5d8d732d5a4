/**
 * Stage 4 output: rule results (and plans) to text, JSON and SARIF 2.1.0. Serialises DTOs built
 * here, never domain objects. Imports rules, plan and diag.
 */
package io.flgen.report;
