package io.flgen.rules;

/** Rule areas; the id prefix names the area (FLG-ISO-001 is an isolation rule). */
public enum Category {
  ISO("Federated learning isolation"),
  STO("Storage"),
  WS("Workspace"),
  CMP("Compute"),
  KV("Key Vault"),
  ACR("Container registry"),
  NET("Network"),
  AKS("Kubernetes (AKS)"),
  EXT("External Kubernetes silos"),
  XT("Cross-tenant silos"),
  HYG("Template hygiene"),
  AML("Azure ML platform constraints: would it deploy, would the job run"),
  PRE("Preflight: what the live subscription says (flgen preflight only)");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
