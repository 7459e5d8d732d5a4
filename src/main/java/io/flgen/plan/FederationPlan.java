package io.flgen.plan;

/**
 * The trust that lets a cross-tenant silo's compute reach its data: a multi-tenant app registration
 * in the orchestrator's tenant whose federated identity credential trusts the silo compute's
 * managed identity; the partner tenant's admin consents to the app and grants its service principal
 * a data role on the silo storage only.
 *
 * @param appName display name of the app registration
 * @param homeTenant the orchestrator tenant id, or {@code <home-tenant-id>} when the topology does
 *     not give it
 * @param partnerTenant the silo's tenant id
 * @param managedIdentity the silo compute identity the credential trusts
 * @param storage the silo storage account in the partner tenant
 * @param container the silo's data container there, the only scope of the app's grant
 */
public record FederationPlan(
    Party owner,
    String appName,
    String homeTenant,
    String partnerTenant,
    String managedIdentity,
    String storage,
    String container,
    Scope storageScope) {}
