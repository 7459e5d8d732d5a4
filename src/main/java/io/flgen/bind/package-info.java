/**
 * Stage 2, bind: the schema-valid JSON tree to the typed {@code io.flgen.model} records, with
 * defaults applied, then the semantic checks that need the whole model (duplicates, CIDRs, regions,
 * tenants, waivers). Imports model, load, diag and the Azure facts.
 */
package io.flgen.bind;
