package io.flgen.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flgen.rules.Result;
import io.flgen.terms.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 13 items 4, 5 and 7: where findings in hand-written Bicep land, and which rules apply. */
class HandWrittenReviewTest {
  private static ReviewResult review(String fixture) {
    return Review.run(
        Path.of("src/test/resources/review").resolve(fixture),
        fixture,
        Optional.of(Stage.RUN),
        true);
  }

  /** Each finding as "RULE file:line [entry] via call, call...". */
  private static List<String> placed(ReviewResult r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.report().results().size(); i++) {
      Result x = r.report().results().get(i);
      ReviewResult.Placement p = r.placement(i);
      out.add(
          x.rule().id()
              + " "
              + x.location().file()
              + ":"
              + x.location().line()
              + " ["
              + p.entry()
              + "] via "
              + p.via().stream().map(l -> l.file() + ":" + l.line()).toList());
    }
    return out;
  }

  /**
   * A finding about a resource a module declares is at that declaration, with the module call from
   * its entry; a module two entries deploy is a finding in each; the key-granting role is at the
   * role assignment in the module that grants it, the principal traced through the parameter.
   */
  @Test
  void findingsInModulesAreAtTheirDeclarationUnderEachEntry() {
    ReviewResult r = review("locations");
    assertEquals(
        List.of(
            "FLG-STO-001 modules/grant.bicep:9 [app.bicep] via [app.bicep:14]",
            "FLG-STO-002 modules/store.bicep:4 [app.bicep] via [app.bicep:7]",
            "FLG-STO-006 modules/store.bicep:4 [app.bicep] via [app.bicep:7]",
            "FLG-STO-009 modules/store.bicep:4 [app.bicep] via [app.bicep:7]",
            "FLG-STO-002 modules/store.bicep:4 [ci.bicep] via [ci.bicep:2]",
            "FLG-STO-006 modules/store.bicep:4 [ci.bicep] via [ci.bicep:2]",
            "FLG-STO-009 modules/store.bicep:4 [ci.bicep] via [ci.bicep:2]"),
        placed(r));
    assertEquals(
        "id-app (owner not known) has Reader and Data Access on stapp01, a role that can list the storage"
            + " account keys",
        r.report().results().get(0).finding().message());
  }

  /**
   * Platform requirements and flgen's own conventions are not findings on hand-written Bicep: App
   * Gateway v2's 65200-65535, Bastion's subnet without outbound settings, a vault whose firewall
   * denies all, a secret's id as an output, a compute whose identity is keyed by an interpolated
   * id, flgen's compute naming, a placeholder name, the registry pull of a deployment with no
   * registry, and the steps of flgen's people. What is left is real.
   */
  @Test
  void handWrittenBicepIsJudgedOnWhatItSays() {
    ReviewResult r = review("fairness");
    assertEquals(
        List.of(
            "FLG-CMP-002 compute.bicep:13 [compute.bicep] via []",
            "FLG-CMP-003 compute.bicep:13 [compute.bicep] via []",
            "FLG-CMP-004 compute.bicep:13 [compute.bicep] via []",
            "FLG-NET-002 nsg.bicep:4 [nsg.bicep] via []",
            "FLG-STO-008 placeholder.bicep:5 [placeholder.bicep] via []",
            "FLG-STO-009 placeholder.bicep:5 [placeholder.bicep] via []"),
        placed(r));
    assertEquals(
        "nsg-appgw (subnet vnet-appgw/snet-appgw) rule AllowSshFromInternet (priority 110) allows"
            + " inbound Tcp to ports 22 from source *",
        r.report().results().get(3).finding().message());
    assertEquals(1, r.coverage().placeholders());
  }

  /**
   * A blob container declared without a parent crashed the review (exit 3); now it is judged, its
   * grant kept under a placeholder account. Reader and Data Access on a container cannot list the
   * account keys, so it is no FLG-STO-001 finding.
   */
  @Test
  void aContainerWithoutParentKeepsItsGrantUnderAPlaceholderAccount() {
    ReviewResult r = review("crashes/container-without-parent");
    assertEquals(List.of(), placed(r));
    assertEquals(
        List.of("(unresolved principal) Reader and Data Access <account of container data>/data"),
        r.plan().grants().stream()
            .map(g -> g.principal() + " " + g.roleName() + " " + g.targetPath())
            .toList());
  }

  /**
   * Listing keys is an action on the account: Contributor on a queue and Key Operator on a table
   * are kept at their scope and are no finding; Reader and Data Access on the account is.
   */
  @Test
  void aKeyGrantingRoleBelowTheAccountCannotListItsKeys() {
    ReviewResult r = review("key-scopes");
    assertEquals(
        List.of(
            "FLG-STO-001 main.bicep:72 [main.bicep] via []",
            "FLG-STO-006 main.bicep:11 [main.bicep] via []",
            "FLG-STO-009 main.bicep:11 [main.bicep] via []"),
        placed(r));
    assertEquals(
        "id-keys (owner not known) has Reader and Data Access on stkeys01, a role that can list"
            + " the storage account keys",
        r.report().results().get(0).finding().message());
    assertEquals(
        List.of(
            "stkeys01/queueServices/default/queues/rounds Contributor",
            "stkeys01/tableServices/default/tables/metrics Storage Account Key Operator Service Role",
            "stkeys01 Reader and Data Access"),
        r.plan().grants().stream().map(g -> g.targetPath() + " " + g.roleName()).toList());
  }

  /**
   * What the review cannot resolve is said in words: the target of a private endpoint that is a
   * deployment parameter was printed as {@code null}.
   */
  @Test
  void anUnresolvedEndpointTargetIsNamedUnresolved() {
    ReviewResult r = review("message-holes");
    assertEquals(
        "pe-vault (private endpoint of <unresolved>) registers in privatelink.vault.azure.net; the"
            + " Key Vault zone is privatelink.vaultcore.azure.net",
        r.report().results().get(0).finding().message());
  }

  /**
   * An image-build compute with only a system-assigned identity and no AcrPush was said to run "as
   * ," (an empty name), then to have no identity; it runs as its own system-assigned identity,
   * which the findings now name ({@code system:WORKSPACE/COMPUTE}, as its role assignments'
   * principal is named), and its owner, which no manifest names, reads "owner not known".
   */
  @Test
  void aComputeWithASystemAssignedIdentityRunsAsIt() {
    ReviewResult r = review("image-build-system-identity");
    assertEquals(
        List.of(
            "compute identity system:mlw-holes/cpu-build has no AcrPull on registry crholes01: its"
                + " jobs cannot pull their environment image",
            "image-build compute cpu-build runs as system:mlw-holes/cpu-build, which cannot push to"
                + " registry crholes01"),
        messagesOf(r, "FLG-AML-004"));
    assertEquals(
        List.of(
            "cpu-build (owner not known) runs as system:mlw-holes/cpu-build, which is not a"
                + " user-assigned identity of the plan"),
        messagesOf(r, "FLG-CMP-007"));
  }

  /**
   * A compute with its own system-assigned identity and one with none are told apart: the first
   * runs as {@code system:...} and its AcrPull (granted to that identity) is seen; the second has
   * no identity.
   */
  @Test
  void aSystemAssignedIdentityIsNotNoIdentity() {
    ReviewResult r = review("compute-identity");
    assertEquals(
        List.of(
            "cpu-none (owner not known) has no user-assigned identity",
            "cpu-own (owner not known) runs as system:mlw-compid/cpu-own, which is not a"
                + " user-assigned identity of the plan"),
        messagesOf(r, "FLG-CMP-007"));
    assertEquals(List.of(), messagesOf(r, "FLG-AML-004"));
    assertEquals(
        List.of("system:mlw-compid/cpu-own"),
        r.plan().serviceGrants().stream().map(g -> g.principal()).toList());
  }

  private static List<String> messagesOf(ReviewResult r, String ruleId) {
    return r.report().results().stream()
        .filter(x -> x.rule().id().equals(ruleId))
        .map(x -> x.finding().message())
        .toList();
  }
}
