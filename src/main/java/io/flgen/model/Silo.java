package io.flgen.model;

import java.util.List;
import java.util.Optional;

/** A party that trains on its own data. Each kind differs in where compute and data live. */
public sealed interface Silo permits InternalSilo, ExternalSilo, CrossTenantSilo {

  String name();

  String region();

  /** The silo's subscription; defaults to the orchestrator's. */
  Optional<String> subscriptionId();

  /** The silo's resource group; defaults to {@code <orchestrator resource group>-<silo name>}. */
  Optional<String> resourceGroup();

  Network network();

  List<Compute> computes();

  /** Where the silo keeps its data: a new account or an existing one. */
  Storage storage();

  SiloData data();

  Identity identity();

  /** Who uploads the silo's data: write on its data container only. */
  List<Principal> dataOwners();

  /** The YAML value of {@code kind}. */
  String kindName();
}
