package io.flgen.model;

/** Where a party keeps its data: a new account flgen creates, or an existing one. */
public sealed interface Storage permits Storage.New, Storage.Existing {

  /**
   * A storage account flgen creates.
   *
   * @param sku the replication SKU
   * @param softDeleteDays blob and container soft-delete retention (0 turns it off)
   */
  record New(StorageSku sku, int softDeleteDays) implements Storage {}

  /**
   * An existing account, in the same tenant, possibly in another resource group or subscription.
   * flgen never modifies it; it adds a datastore, a private endpoint and role assignments.
   *
   * @param deployerApproves the deployer may approve private endpoint connections on the account;
   *     otherwise the connection is requested and the account's owner approves it
   */
  record Existing(
      String subscriptionId, String resourceGroup, String accountName, boolean deployerApproves)
      implements Storage {}
}
