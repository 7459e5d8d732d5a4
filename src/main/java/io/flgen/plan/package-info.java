/**
 * Stage 3, plan: the bound topology resolved into concrete resources, names, identities, role
 * grants, the address plan, private endpoints, DNS zones and peerings. Rules and templates read
 * only the plan. Imports model, diag and the Azure facts.
 */
package io.flgen.plan;
