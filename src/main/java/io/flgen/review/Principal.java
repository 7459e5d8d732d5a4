package io.flgen.review;

import io.flgen.plan.ResourceRef;
import io.flgen.plan.Scope;
import java.util.Optional;

/**
 * Who a role assignment's {@code principalId} names, as far as the review can tell: an identity the
 * folder deploys, a literal object id, or a value only the deployment knows. The evaluator carries
 * a deployed principal as a {@link Value.PrincipalId}, so the derive step reads the identity behind
 * a role assignment from the value itself, never by parsing text.
 */
sealed interface Principal {
  /**
   * The principal of an identity the folder deploys.
   *
   * @param resource the name of the identity resource, or of the resource whose system-assigned
   *     identity it is
   * @param identity the user-assigned identity by resource id; empty for a system-assigned one
   * @param owner where the identity (or the resource holding it) is declared
   */
  record Deployed(String resource, Optional<ResourceRef> identity, Site owner)
      implements Principal {
    /** The principal of user-assigned identity {@code i}. */
    static Deployed userAssigned(Instance i) {
      Scope at =
          new Scope(
              Scope.HOME,
              i.scope().sub() == null ? "" : i.scope().sub(),
              i.scope().rg() == null ? "" : i.scope().rg());
      return new Deployed(i.name(), Optional.of(ResourceRef.identity(at, i.name())), Site.of(i));
    }

    /** The system-assigned identity of resource {@code i}. */
    static Deployed systemAssigned(Instance i) {
      return new Deployed(i.name(), Optional.empty(), Site.of(i));
    }

    boolean systemAssigned() {
      return identity.isEmpty();
    }

    /**
     * The principal's name in the plan's grants: the identity's name, or {@code system:NAME} for
     * the system-assigned identity of NAME (as the plan names an AKS cluster's).
     */
    String label() {
      return systemAssigned() ? SYSTEM + resource : resource;
    }

    /**
     * The text the principal id stands for where Bicep hashes or compares it ({@code guid(...)}):
     * stable per identity, and distinct for one name in two resource groups.
     */
    String text() {
      return identity
          .map(r -> "principal:" + r.name() + AT + r.subscriptionId() + AT + r.resourceGroup())
          .orElse("principal:" + SYSTEM + resource);
    }
  }

  /** An object id written in the Bicep or its parameters (a person, a group, an app). */
  record Literal(String objectId) implements Principal {}

  /** A principal id only the deployment knows (a parameter without a value, say). */
  record Unknown(Value value) implements Principal {}

  /** The prefix of a system-assigned identity's label. */
  String SYSTEM = "system:";

  /** Separates the parts of {@link Deployed#text()}; never in a name. */
  char AT = '\u001f';

  /** The principal a role assignment's {@code principalId} value names. */
  static Principal of(Value principalId) {
    if (principalId instanceof Value.PrincipalId p) {
      return p.principal();
    }
    String text = Value.text(principalId);
    return text == null || text.isEmpty() ? new Unknown(principalId) : new Literal(text);
  }
}
