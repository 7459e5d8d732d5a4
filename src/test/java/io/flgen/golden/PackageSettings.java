package io.flgen.golden;

/** ApprovalTests configuration: keep approved files together under approvals/. */
public final class PackageSettings {
  public static final String UseApprovalSubdirectory = "approvals";

  private PackageSettings() {}
}
